import Link from "next/link";
import type { ChecklistView } from "@/lib/readiness/checklists";
import { ProgressBar } from "./progress-bar";
import { TickItem } from "./tick-item";

/** One checklist's items: manual items tick; core problems fill up from finished sessions. */
export function ChecklistPanel({ checklist }: { checklist: ChecklistView }) {
  return (
    <>
      <p className="text-sm text-slate-600">{checklist.description}</p>
      <div className="mt-3">
        <ProgressBar value={checklist.done} max={checklist.total} label={`${checklist.title} done`} tone={checklist.done === checklist.total ? "emerald" : "indigo"} />
      </div>
      <ul className="mt-2 divide-y divide-slate-100">
        {checklist.items.map((item) =>
          item.progress && item.question ? (
            <li key={item.key} className="py-2.5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/questions/${item.question}`} className="text-sm font-medium text-slate-900 hover:text-indigo-700">
                  {item.text}
                </Link>
                {item.progress.atTarget ? null : (
                  <Link href={`/practice/new?question=${item.question}`} className="text-xs font-medium text-indigo-700 hover:underline">
                    Practise
                  </Link>
                )}
              </div>
              {item.detail ? <p className="text-xs text-slate-500">{item.detail}</p> : null}
              <div className="mt-1.5">
                <ProgressBar
                  value={item.progress.done}
                  max={item.progress.target}
                  label={`Finished sessions on ${item.text}`}
                  text={item.progress.done > item.progress.target ? `${item.progress.done} sessions, target ${item.progress.target}` : undefined}
                  tone={item.progress.atTarget ? "emerald" : "indigo"}
                />
              </div>
            </li>
          ) : (
            <TickItem
              key={item.key}
              id={`tick-${checklist.key}-${item.key}`}
              url={`/api/readiness/checklists/${checklist.key}/items/${item.key}`}
              label={item.text}
              detail={item.detail}
              tickedAt={item.tickedAt}
            />
          ),
        )}
      </ul>
    </>
  );
}
