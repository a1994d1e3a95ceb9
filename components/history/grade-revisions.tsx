import type { Rubric } from "@/lib/grading/rubric-schema";
import { formatScore, formatWhen, signalLabel } from "@/lib/history/format";
import type { GradeRevisionView } from "@/lib/history/get-session-review";

type Props = { rubric: Rubric | null; revisions: GradeRevisionView[] };

/**
 * How the self grade changed each time it was edited: one row per saved revision, newest first,
 * with levels that moved since the revision before marked. Shown only once a grade was edited.
 */
export function GradeRevisions({ rubric, revisions }: Props) {
  if (revisions.length < 2) return null;
  const keys = [...new Set([...(rubric?.dimensions.map((d) => d.key) ?? []), ...revisions.flatMap((r) => Object.keys(r.levels))])];
  const titleOf = (key: string) => rubric?.dimensions.find((d) => d.key === key)?.title ?? key;
  return (
    <details className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200" data-testid="grade-revisions">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-800 hover:text-indigo-700">
        Edited {revisions.length - 1} {revisions.length === 2 ? "time" : "times"}: see every revision
      </summary>
      <div className="overflow-x-auto border-t border-slate-200">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Revisions of your self grade, newest first</caption>
          <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">
                Revision
              </th>
              {keys.map((key) => (
                <th key={key} scope="col" className="px-3 py-2">
                  {titleOf(key)}
                </th>
              ))}
              <th scope="col" className="px-4 py-2">
                Overall
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {revisions.map((revision, index) => {
              const before = revisions[index + 1];
              return (
                <tr key={revision.revision} data-testid="grade-revision">
                  <th scope="row" className="whitespace-nowrap px-4 py-2 text-left font-normal">
                    <span className="font-medium">{revision.revision}</span>
                    <span className="block text-xs text-slate-500">{formatWhen(revision.savedAt)}</span>
                  </th>
                  {keys.map((key) => {
                    const level = revision.levels[key];
                    const previous = before?.levels[key];
                    const moved = before !== undefined && level !== undefined && previous !== undefined && level !== previous;
                    return (
                      <td key={key} className={`px-3 py-2 tabular-nums ${moved ? "font-semibold text-indigo-700" : "text-slate-700"}`}>
                        {level ?? "–"}
                        {moved ? <span className="text-xs font-normal text-slate-500">{` (was ${previous})`}</span> : null}
                      </td>
                    );
                  })}
                  <td className="whitespace-nowrap px-4 py-2">
                    <span className="font-semibold tabular-nums">{formatScore(revision.overallScore)}</span>
                    <span className="text-slate-600"> · {signalLabel(revision.signal)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {revisions.some((r) => r.reflection.trim()) ? (
        <ul className="space-y-1 border-t border-slate-200 px-4 py-3 text-sm text-slate-700">
          {revisions
            .filter((r) => r.reflection.trim())
            .map((r) => (
              <li key={r.revision}>
                <span className="font-medium">Revision {r.revision}:</span> {r.reflection}
              </li>
            ))}
        </ul>
      ) : null}
    </details>
  );
}
