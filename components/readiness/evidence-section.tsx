import { CHART_SESSIONS } from "@/lib/readiness/evidence";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import type { Evidence } from "@/lib/readiness/evidence";
import { percent, plural } from "./format";
import { DimensionTrends } from "./dimension-trends";

const card = "rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200";

const Empty = EmptyState;

/** Time spent against the plan: the bar's middle mark is 100%; the scale runs to 200%. */
function DisciplineBar({ ratio }: { ratio: number }) {
  const width = Math.min(ratio, 2) * 50;
  const tone = ratio > 1.2 ? "bg-rose-500" : ratio < 0.8 ? "bg-sky-500" : "bg-emerald-500";
  return (
    <div className="relative h-2.5 flex-1 rounded-full bg-slate-100" aria-hidden>
      <div className={`h-full rounded-full ${tone}`} style={{ width: `${width}%` }} />
      <div className="absolute inset-y-[-3px] left-1/2 w-px bg-slate-500" />
    </div>
  );
}

export function EvidenceSection({ evidence, rubricNote = null }: { evidence: Evidence; rubricNote?: string | null }) {
  const maxTopic = Math.max(1, ...evidence.coverage.map((topic) => topic.sessions));
  const practised = evidence.coverage.filter((topic) => topic.sessions > 0);
  const untouched = evidence.coverage.filter((topic) => topic.sessions === 0);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="evidence-dimensions" className={`${card} lg:col-span-2`}>
        <h3 id="evidence-dimensions" className="font-semibold">
          Score per rubric dimension
        </h3>
        <p className="mb-3 text-sm text-slate-600">
          Your self-grade per dimension, one dot per graded session (up to the last {CHART_SESSIONS}), oldest on the left; 3 is hire level.
          {evidence.selfVsPeer.peerGradedSessions ? " Green rings are your interviewer's grade in a peer round." : null}
        </p>
        {evidence.series.length ? (
          <>
            <DimensionTrends series={evidence.series} />
            {rubricNote ? (
              <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="rubric-versions-note">
                {rubricNote}
              </p>
            ) : null}
          </>
        ) : (
          <Empty>
            {evidence.finishedSessions
              ? "None of your finished sessions is graded yet. Grade yourself after a session to see this chart."
              : "No graded sessions yet. Finish a session and grade yourself to start this chart."}
          </Empty>
        )}
      </section>

      <section aria-labelledby="evidence-topics" className={card}>
        <h3 id="evidence-topics" className="font-semibold">
          Topics practised
        </h3>
        <p className="mb-3 text-sm text-slate-600">Finished sessions on problems that touch each topic.</p>
        {evidence.finishedSessions ? (
          <>
            <ul className="space-y-1.5">
              {practised.map((topic) => (
                <li key={topic.tag} className="grid grid-cols-[9rem_1fr_2rem] items-center gap-2 text-sm">
                  <span className="truncate text-slate-800">{topic.label}</span>
                  <span className="h-2 rounded-full bg-slate-100" aria-hidden>
                    <span className="block h-full rounded-full bg-indigo-500" style={{ width: `${(topic.sessions / maxTopic) * 100}%` }} />
                  </span>
                  <span className="text-right tabular-nums text-slate-600">
                    <span className="sr-only">{topic.label}: </span>
                    {topic.sessions}
                  </span>
                </li>
              ))}
            </ul>
            {untouched.length ? (
              <p className="mt-3 text-sm text-slate-600">
                <span className="font-medium text-slate-800">Not practised yet:</span> {untouched.map((topic) => topic.label).join(", ")}.
              </p>
            ) : null}
          </>
        ) : (
          <Empty>No finished sessions yet, so no topics covered.</Empty>
        )}
      </section>

      <section aria-labelledby="evidence-time" className={card}>
        <h3 id="evidence-time" className="font-semibold">
          Time discipline per phase
        </h3>
        <p className="mb-3 text-sm text-slate-600">Average time spent against the minutes planned; the mark is 100%.</p>
        {evidence.finishedSessions ? (
          <ul className="space-y-2.5">
            {evidence.discipline.map((phase) => (
              <li key={phase.key} className="text-sm">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="text-slate-800">{phase.title}</span>
                  <span className="text-xs tabular-nums text-slate-600">
                    {phase.meanRatio === null ? "not reached yet" : `${percent(phase.meanRatio)} of planned · ${plural(phase.sessions, "session")}`}
                  </span>
                </div>
                {phase.meanRatio === null ? null : (
                  <div className="mt-1 flex">
                    <DisciplineBar ratio={phase.meanRatio} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>
            Finish a <Link href="/practice/new" className="font-medium text-indigo-700 hover:underline">practice session</Link> to see how you
            spend your time.
          </Empty>
        )}
      </section>
    </div>
  );
}
