"use client";

import { useId, useRef, useState } from "react";
import type { ChecklistView } from "@/lib/readiness/checklists";
import { ChecklistPanel } from "./checklist-panel";

/**
 * The checklists as tabs, each showing how much of it is done, with one checklist open at a
 * time (the first unfinished one to begin with). Arrow keys, Home and End move between tabs,
 * as in the WAI-ARIA tabs pattern.
 */
export function ChecklistTabs({ checklists }: { checklists: ChecklistView[] }) {
  const [selected, setSelected] = useState(() => checklists.find((list) => list.done < list.total)?.key ?? checklists[0]!.key);
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const baseId = useId();
  const current = checklists.find((list) => list.key === selected) ?? checklists[0]!;

  function onKeyDown(event: React.KeyboardEvent) {
    const index = checklists.findIndex((list) => list.key === current.key);
    const last = checklists.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const key = checklists[next]!.key;
    setSelected(key);
    tabs.current.get(key)?.focus();
  }

  return (
    <div className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <div role="tablist" aria-label="Checklists" onKeyDown={onKeyDown} className="flex flex-wrap gap-x-1 border-b border-slate-200 px-2 pt-2">
        {checklists.map((list) => {
          const active = list.key === current.key;
          const complete = list.done === list.total;
          return (
            <button
              key={list.key}
              ref={(node) => {
                if (node) tabs.current.set(list.key, node);
                else tabs.current.delete(list.key);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${list.key}`}
              aria-selected={active}
              aria-controls={`${baseId}-panel`}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(list.key)}
              className={`-mb-px shrink-0 rounded-t-lg border-b-2 px-3 pb-2 pt-1.5 text-left text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
                active ? "border-indigo-600 font-semibold text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              <span className="block whitespace-nowrap">{list.title}</span>
              <span className={`block text-xs font-medium tabular-nums ${complete ? "text-emerald-700" : "text-slate-500"}`}>
                {list.done} of {list.total} done
              </span>
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${current.key}`} tabIndex={0} className="p-5 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500">
        <ChecklistPanel checklist={current} />
      </div>
    </div>
  );
}
