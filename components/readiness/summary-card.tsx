import { formatScore } from "@/lib/format/score";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { SIGNAL_WORDS, type ReadinessSummary } from "@/lib/readiness/summary";
import { plural } from "./format";
import { ProgressBar } from "./progress-bar";

export function SummaryCard({ summary }: { summary: ReadinessSummary }) {
  const hasGrades = summary.averageOverall !== null;
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <p className="text-lg font-medium text-slate-900">{summary.verdict}</p>
      {summary.gapNote ? (
        <p className="mt-2 text-sm text-slate-700">
          {summary.gapNote}{" "}
          <a href="#self-vs-interviewers" className="font-medium text-indigo-700 hover:underline">
            Compare every dimension
          </a>
        </p>
      ) : null}
      {summary.finishedSessions === 0 ? (
        <div className="mt-4">
          <Link href="/practice/new" className={buttonStyles.primary}>
            Start your first session
          </Link>
        </div>
      ) : (
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Practice</dt>
            <dd className="mt-1 text-sm text-slate-800">
              {plural(summary.finishedSessions, "finished session")}, {summary.gradedSessions} graded
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Recent average</dt>
            <dd className="mt-1 text-sm text-slate-800">
              {hasGrades
                ? `${formatScore(summary.averageOverall!)} of 4${summary.signal ? ` · ${SIGNAL_WORDS[summary.signal]}` : ""} (last ${plural(summary.recentGraded, "graded session")})`
                : "Not graded yet"}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Core problems at target</dt>
            <dd className="mt-1">
              <ProgressBar value={summary.core.atTarget} max={summary.core.total} label="Core problems at target" tone="emerald" />
            </dd>
          </div>
        </dl>
      )}
      {hasGrades ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">{summary.holdingBack.length ? "Holding you back" : "Every dimension is at hire level or above"}</h3>
          {summary.holdingBack.length ? (
            <ul className="mt-2 space-y-1.5">
              {summary.holdingBack.map((dimension) => (
                <li key={dimension.key} className="grid grid-cols-[minmax(0,17rem)_1fr] items-center gap-3 text-sm">
                  <span className="truncate text-slate-800">{dimension.title}</span>
                  <ProgressBar
                    value={dimension.average}
                    max={4}
                    label={`${dimension.title} average level`}
                    text={`${formatScore(dimension.average)} of 4`}
                    tone="amber"
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
