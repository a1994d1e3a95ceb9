import { Markdown } from "@/components/markdown";
import type { Rubric } from "@/lib/grading/rubric-schema";
import { formatScore, signalLabel } from "@/lib/history/format";
import type { GradeView } from "@/lib/history/get-session-review";

type Props = { rubric: Rubric | null; self: GradeView | null; peer: GradeView | null };

function LevelCell({ grade, dimensionKey, rubric }: { grade: GradeView; dimensionKey: string; rubric: Rubric | null }) {
  const level = grade.levels[dimensionKey];
  const note = grade.notes[dimensionKey]?.trim();
  const dimension = rubric?.dimensions.find((d) => d.key === dimensionKey);
  const label = rubric?.levels.find((l) => l.score === level)?.label;
  const descriptor = level !== undefined ? dimension?.levels[level as 1 | 2 | 3 | 4] : undefined;
  return (
    <td className="px-4 py-3 align-top">
      {level === undefined ? (
        <span className="text-slate-500">–</span>
      ) : (
        <p title={descriptor}>
          <span className="font-semibold tabular-nums">{level}</span>
          {label ? <span className="text-slate-600"> · {label}</span> : null}
        </p>
      )}
      {note ? <p className="mt-1 whitespace-pre-line text-slate-600">{note}</p> : null}
    </td>
  );
}

/** The self grade and the peer grade side by side per rubric dimension, with notes and reflection. */
export function GradesComparison({ rubric, self, peer }: Props) {
  if (!self && !peer) return <p className="text-slate-600">Not graded yet.</p>;
  const graders = [self, peer].filter((g): g is GradeView => g !== null);
  const keys = [...new Set([...(rubric?.dimensions.map((d) => d.key) ?? []), ...graders.flatMap((g) => Object.keys(g.levels))])];
  const titleOf = (key: string) => rubric?.dimensions.find((d) => d.key === key)?.title ?? key;
  return (
    <div className="space-y-5">
      <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="grades-table">
          <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3">
                Dimension
              </th>
              {self ? (
                <th scope="col" className="px-4 py-3">
                  Self
                </th>
              ) : null}
              {peer ? (
                <th scope="col" className="px-4 py-3">
                  Interviewer ({peer.graderName})
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {keys.map((key) => (
              <tr key={key}>
                <th scope="row" className="px-4 py-3 text-left align-top font-medium text-slate-800">
                  {titleOf(key)}
                </th>
                {graders.map((grade) => (
                  <LevelCell key={grade.kind} grade={grade} dimensionKey={key} rubric={rubric} />
                ))}
              </tr>
            ))}
            <tr className="bg-slate-50">
              <th scope="row" className="px-4 py-3 text-left font-semibold">
                Overall
              </th>
              {graders.map((grade) => (
                <td key={grade.kind} className="px-4 py-3">
                  <span className="font-semibold tabular-nums">{formatScore(grade.overallScore)}</span>
                  <span className="text-slate-500"> / 4 · {signalLabel(grade.signal)}</span>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Reflection</h3>
        {self?.reflection.trim() ? (
          <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <Markdown>{self.reflection}</Markdown>
          </div>
        ) : (
          <p className="text-slate-600">No reflection written.</p>
        )}
      </div>
      {peer ? (
        <div className="grid gap-4 md:grid-cols-2" data-testid="peer-feedback">
          {(
            [
              ["What went well", peer.wentWell],
              ["What to work on", peer.workOn],
            ] as const
          ).map(([title, text]) => (
            <div key={title}>
              <h3 className="mb-2 font-semibold">{title}</h3>
              <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                {text.trim() ? <Markdown>{text}</Markdown> : <p className="text-sm text-slate-500">Nothing written.</p>}
              </div>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
