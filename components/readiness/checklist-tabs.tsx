"use client";

import { Tabs } from "@/components/ui/tabs";
import type { ChecklistView } from "@/lib/readiness/checklists";
import { ChecklistPanel } from "./checklist-panel";

/**
 * The checklists as tabs, each showing how much of it is done, with one checklist open at a
 * time (the first unfinished one to begin with).
 */
export function ChecklistTabs({ checklists }: { checklists: ChecklistView[] }) {
  return (
    <Tabs
      label="Checklists"
      className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
      panelClassName="p-5"
      initial={checklists.find((list) => list.done < list.total)?.key ?? checklists[0]!.key}
      tabs={checklists.map((list) => ({
        key: list.key,
        label: (
          <>
            <span className="block whitespace-nowrap">{list.title}</span>
            <span className={`block text-xs font-medium tabular-nums ${list.done === list.total ? "text-emerald-700" : "text-slate-500"}`}>
              {list.done} of {list.total} done
            </span>
          </>
        ),
        content: <ChecklistPanel checklist={list} />,
      }))}
    />
  );
}
