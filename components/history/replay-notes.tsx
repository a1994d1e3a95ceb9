"use client";

import { memo } from "react";
import { Markdown } from "@/components/markdown";
import { PHASES } from "@/lib/questions/phases";
import type { Plan } from "@/lib/sessions/plan";

/** The notes of every planned phase (and any other phase with notes) at one moment of a replay. */
export const NotesAtMoment = memo(function NotesAtMoment({ notes, plan, currentKey }: { notes: Record<string, string>; plan: Plan; currentKey: string }) {
  const planned = new Set<string>(plan.map((phase) => phase.key));
  const shown = PHASES.filter((phase) => planned.has(phase.key) || notes[phase.key]?.trim());
  return (
    <div className="grid gap-3 md:grid-cols-2" data-testid="replay-notes">
      {shown.map((phase) => {
        const text = notes[phase.key]?.trim() ?? "";
        const current = phase.key === currentKey;
        return (
          <section
            key={phase.key}
            aria-label={`Notes: ${phase.title}`}
            className={`rounded-xl bg-white p-4 shadow-sm ring-1 ${current ? "ring-2 ring-indigo-500" : "ring-slate-200"}`}
          >
            <h4 className="mb-2 flex items-center gap-2 text-sm font-semibold">
              {phase.title}
              {current ? <span className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs font-medium text-indigo-700">current then</span> : null}
            </h4>
            <div className="max-h-64 overflow-auto text-sm" tabIndex={0}>{text ? <Markdown>{text}</Markdown> : <p className="text-slate-500">Nothing yet.</p>}</div>
          </section>
        );
      })}
    </div>
  );
});

