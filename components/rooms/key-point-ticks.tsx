"use client";

import type * as Y from "yjs";
import { Markdown } from "@/components/markdown";
import { useDocVersion } from "@/components/practice/use-doc-version";
import { keyPointTicks, tickKey } from "@/lib/sessions/document/shape";
import { phaseTitle, type PhaseKey } from "@/lib/questions/phases";

/** The phase's key points with ticks, kept in the interviewer's document (they pre-fill the peer grade). */
export function KeyPointTicks({ doc, phase, points, readOnly }: { doc: Y.Doc | null; phase: PhaseKey; points: string[]; readOnly: boolean }) {
  useDocVersion(doc);
  if (!doc) return <p className="text-sm text-slate-500">Connecting…</p>;
  const ticks = keyPointTicks(doc);
  const done = points.filter((_, index) => ticks.get(tickKey(phase, index))).length;
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-slate-800">
        {phaseTitle(phase)}: {done} of {points.length} covered
      </legend>
      <ul className="space-y-2">
        {points.map((point, index) => {
          const key = tickKey(phase, index);
          return (
            <li key={key}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={Boolean(ticks.get(key))}
                  disabled={readOnly}
                  onChange={(event) => (event.target.checked ? ticks.set(key, true) : ticks.delete(key))}
                />
                <Markdown className="prose-sm [&_p]:my-0">{point}</Markdown>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
