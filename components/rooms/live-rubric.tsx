"use client";

import type * as Y from "yjs";
import { useDocVersion } from "@/components/practice/use-doc-version";
import type { Rubric } from "@/lib/grading/rubric-schema";
import { draftLevels } from "@/lib/sessions/document/shape";

/** Draft levels per rubric dimension while the interview runs; they pre-fill the peer grade. */
export function LiveRubric({ doc, rubric, readOnly }: { doc: Y.Doc | null; rubric: Pick<Rubric, "dimensions" | "levels">; readOnly: boolean }) {
  useDocVersion(doc);
  if (!doc) return <p className="text-sm text-slate-500">Connecting…</p>;
  const drafts = draftLevels(doc);
  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500">Drafts only: you grade properly after the finish, starting from these.</p>
      {rubric.dimensions.map((dimension) => {
        const current = drafts.get(dimension.key);
        return (
          <fieldset key={dimension.key}>
            <legend className="text-sm font-semibold text-slate-800">{dimension.title}</legend>
            <div className="mt-1 flex flex-wrap gap-1">
              {rubric.levels.map((level) => (
                <label
                  key={level.score}
                  title={dimension.levels[level.score as 1 | 2 | 3 | 4]}
                  className={`cursor-pointer rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${current === level.score ? "bg-indigo-600 text-white ring-indigo-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
                >
                  <input
                    type="radio"
                    className="sr-only"
                    name={`draft-${dimension.key}`}
                    checked={current === level.score}
                    disabled={readOnly}
                    onChange={() => drafts.set(dimension.key, level.score)}
                  />
                  {level.score} · {level.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
