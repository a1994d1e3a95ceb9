"use client";

import { useId, useRef, useState } from "react";

export type TabSpec = { key: string; label: React.ReactNode; content: React.ReactNode };

/**
 * WAI-ARIA tabs: one panel open at a time; arrow keys, Home and End move between the tabs and
 * open the one they land on. Panels stay mounted only while shown.
 */
export function Tabs({ label, tabs, initial, className = "", panelClassName = "p-4" }: { label: string; tabs: TabSpec[]; initial?: string; className?: string; panelClassName?: string }) {
  const [selected, setSelected] = useState(initial ?? tabs[0]!.key);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const baseId = useId();
  const current = tabs.find((tab) => tab.key === selected) ?? tabs[0]!;

  function onKeyDown(event: React.KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.key === current.key);
    const last = tabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const key = tabs[next]!.key;
    setSelected(key);
    buttons.current.get(key)?.focus();
  }

  return (
    <div className={className}>
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className="flex flex-wrap gap-x-1 border-b border-slate-200 px-2 pt-2">
        {tabs.map((tab) => {
          const active = tab.key === current.key;
          return (
            <button
              key={tab.key}
              ref={(node) => {
                if (node) buttons.current.set(tab.key, node);
                else buttons.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.key}`}
              aria-selected={active}
              aria-controls={`${baseId}-panel`}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.key)}
              className={`-mb-px shrink-0 rounded-t-lg border-b-2 px-3 pb-2 pt-1.5 text-left text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
                active ? "border-indigo-600 font-semibold text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${current.key}`}
        tabIndex={0}
        className={`focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 ${panelClassName}`}
      >
        {current.content}
      </div>
    </div>
  );
}
