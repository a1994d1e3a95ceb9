import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { RoadmapOption } from "@/lib/readiness/content-queries";
import type { RoadmapView } from "@/lib/readiness/roadmap";
import { formatDay, plural } from "./format";
import { ProgressBar } from "./progress-bar";
import { RoadmapForm } from "./roadmap-form";
import { TickItem } from "./tick-item";

const card = "rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200";

function weekLine(roadmap: RoadmapView): string {
  const { progress } = roadmap;
  if (progress.status === "not-started") return `Starts ${formatDay(roadmap.startDate)}, in ${plural(progress.daysUntilStart, "day")}.`;
  if (progress.status === "complete") return `Finished: all ${progress.totalWeeks} weeks are behind you (started ${formatDay(roadmap.startDate)}).`;
  return `Week ${progress.week} of ${progress.totalWeeks}, started ${formatDay(roadmap.startDate)}.`;
}

type Props = { roadmap: RoadmapView | null; options: RoadmapOption[]; today: string };

export function RoadmapSection({ roadmap, options, today }: Props) {
  if (options.length === 0) {
    return <EmptyState>No roadmaps are loaded.</EmptyState>;
  }
  if (!roadmap) {
    return (
      <div className={card}>
        <p className="mb-4 text-sm text-slate-600">
          Follow a week-by-week plan: pick the roadmap that fits your level and the day you start, and this page shows what to work on each week.
        </p>
        <RoadmapForm options={options} current={null} today={today} />
      </div>
    );
  }
  const { progress } = roadmap;
  return (
    <div className={`${card} space-y-5`}>
      <div>
        <h3 className="font-semibold">{roadmap.title}</h3>
        <p className="text-sm text-slate-600">{weekLine(roadmap)}</p>
        {roadmap.phase ? <p className="mt-1 text-sm text-slate-600">Now in: {roadmap.phase.title}</p> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Items ticked</p>
          <ProgressBar value={roadmap.ticked} max={roadmap.total} label="Roadmap items ticked" />
        </div>
        <div>
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Weeks elapsed</p>
          <ProgressBar value={progress.weeksElapsed} max={progress.totalWeeks} label="Roadmap weeks elapsed" tone="slate" />
        </div>
      </div>
      <div>
        <h4 className="text-sm font-semibold">This week</h4>
        {roadmap.thisWeek.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">
            {progress.status === "not-started" ? "Nothing yet: the plan has not started." : progress.status === "complete" ? "The plan is complete; keep practising with the suggestions above." : "No items fall in this week."}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {roadmap.thisWeek.map((item) => (
              <TickItem
                key={item.key}
                id={`tick-roadmap-${item.key}`}
                url={`/api/readiness/roadmap/items/${item.key}`}
                label={item.title}
                tickedAt={item.tickedAt}
              >
                <p className="text-xs text-slate-500">
                  Weeks {item.weeks[0]}–{item.weeks[1]} · {item.phase}
                  {item.coding ? (
                    <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 font-semibold text-sky-900" title="Practice for the coding rounds, not system design">
                      Coding preparation
                    </span>
                  ) : null}
                </p>
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
                  {item.tasks.map((task) => (
                    <li key={task}>{task}</li>
                  ))}
                </ul>
                {item.questions.length ? (
                  <p className="mt-1 flex flex-wrap gap-2 text-sm">
                    <span className="text-slate-500">Practise:</span>
                    {item.questions.map((question) => (
                      <Link key={question.slug} href={`/questions/${question.slug}`} className="font-medium text-indigo-700 hover:underline">
                        {question.title}
                      </Link>
                    ))}
                  </p>
                ) : null}
              </TickItem>
            ))}
          </ul>
        )}
      </div>
      {roadmap.phase?.milestones.length ? (
        <div>
          <h4 className="text-sm font-semibold">Milestones of this phase</h4>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            {roadmap.phase.milestones.map((milestone) => (
              <li key={milestone}>{milestone}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="border-t border-slate-100 pt-4">
        <summary className="cursor-pointer text-sm font-medium text-slate-700 hover:text-indigo-700">Change roadmap or start date</summary>
        <div className="mt-3">
          <RoadmapForm options={options} current={{ roadmapKey: roadmap.key, startDate: roadmap.startDate }} today={today} />
        </div>
      </details>
    </div>
  );
}
