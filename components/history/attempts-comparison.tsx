import { formatShortDay } from "@/lib/format/dates";
import Link from "next/link";
import type { Rubric } from "@/lib/grading/rubric-schema";
import { formatScore } from "@/lib/history/format";
import type { Attempt } from "@/lib/history/queries";

type Props = { attempts: Attempt[]; rubric: Rubric | null; currentId: string };

// Written out in full so Tailwind generates them.
const STROKES = ["stroke-indigo-500", "stroke-emerald-500", "stroke-amber-500", "stroke-sky-500", "stroke-violet-500", "stroke-teal-500", "stroke-orange-500", "stroke-lime-600", "stroke-fuchsia-500", "stroke-cyan-600"];
const SWATCHES = ["bg-indigo-500", "bg-emerald-500", "bg-amber-500", "bg-sky-500", "bg-violet-500", "bg-teal-500", "bg-orange-500", "bg-lime-600", "bg-fuchsia-500", "bg-cyan-600"];

const shortDate = (ms: number) => formatShortDay(ms);

function ScoreChart({ graded, dimensions }: { graded: { attempt: Attempt; number: number }[]; dimensions: { key: string; title: string }[] }) {
  const width = 560;
  const height = 200;
  const pad = { left: 34, right: 16, top: 12, bottom: 28 };
  const x = (i: number) => (graded.length === 1 ? (pad.left + width - pad.right) / 2 : pad.left + (i * (width - pad.left - pad.right)) / (graded.length - 1));
  const y = (level: number) => pad.top + ((4 - level) * (height - pad.top - pad.bottom)) / 3;
  const line = (values: (number | undefined)[]) =>
    values
      .map((value, i) => (value === undefined ? null : `${x(i).toFixed(1)},${y(value).toFixed(1)}`))
      .filter(Boolean)
      .join(" ");
  const summary = graded.map(({ attempt, number }) => `attempt ${number}: ${attempt.overallScore === null ? "not graded" : formatScore(attempt.overallScore)}`).join(", ");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="w-full max-w-2xl" role="img" aria-label={`Overall self score per attempt: ${summary}.`}>
      {[1, 2, 3, 4].map((level) => (
        <g key={level}>
          <line x1={pad.left} x2={width - pad.right} y1={y(level)} y2={y(level)} className="stroke-slate-200" strokeWidth={1} />
          <text x={pad.left - 10} y={y(level) + 4} textAnchor="end" className="fill-slate-500 text-[11px]">
            {level}
          </text>
        </g>
      ))}
      {graded.map(({ number }, i) => (
        <text key={number} x={x(i)} y={height - 8} textAnchor="middle" className="fill-slate-500 text-[11px]">
          #{number}
        </text>
      ))}
      {dimensions.map((dimension, d) => (
        <polyline
          key={dimension.key}
          points={line(graded.map(({ attempt }) => attempt.levels[dimension.key]))}
          fill="none"
          strokeWidth={1.5}
          strokeOpacity={0.8}
          className={STROKES[d % STROKES.length]}
        >
          <title>{dimension.title}</title>
        </polyline>
      ))}
      <polyline points={line(graded.map(({ attempt }) => attempt.overallScore ?? undefined))} fill="none" strokeWidth={3} className="stroke-slate-900">
        <title>Overall</title>
      </polyline>
      {graded.map(({ attempt, number }, i) =>
        attempt.overallScore === null ? null : (
          <circle key={number} cx={x(i)} cy={y(attempt.overallScore)} r={4} className="fill-slate-900">
            <title>{`Attempt ${number}: ${formatScore(attempt.overallScore)}`}</title>
          </circle>
        ),
      )}
    </svg>
  );
}

/** Self-grade levels per rubric dimension across the user's attempts at this question. */
export function AttemptsComparison({ attempts, rubric, currentId }: Props) {
  const numbered = attempts.map((attempt, index) => ({ attempt, number: index + 1 }));
  const graded = numbered.filter(({ attempt }) => attempt.overallScore !== null);
  const keys = [...new Set([...(rubric?.dimensions.map((d) => d.key) ?? []), ...attempts.flatMap((a) => Object.keys(a.levels))])];
  const dimensions = keys.map((key) => ({ key, title: rubric?.dimensions.find((d) => d.key === key)?.title ?? key }));
  if (attempts.length < 2) return <p className="text-slate-600">This is your only attempt at this question so far. Attempt it again to compare.</p>;
  return (
    <div className="space-y-4">
      {graded.length > 0 ? (
        <figure className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <ScoreChart graded={graded} dimensions={dimensions} />
          <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
            <span className="flex items-center gap-1.5">
              <span aria-hidden className="h-1 w-4 rounded-sm bg-slate-900" /> Overall
            </span>
            {dimensions.map((dimension, d) => (
              <span key={dimension.key} className="flex items-center gap-1.5">
                <span aria-hidden className={`h-1 w-4 rounded-sm ${SWATCHES[d % SWATCHES.length]}`} /> {dimension.title}
              </span>
            ))}
          </figcaption>
        </figure>
      ) : null}
      <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="attempts-table">
          <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3 uppercase tracking-wide">
                Dimension
              </th>
              {numbered.map(({ attempt, number }) => (
                <th key={attempt.id} scope="col" className={`whitespace-nowrap px-4 py-3 ${attempt.id === currentId ? "bg-indigo-50 text-indigo-800" : ""}`}>
                  {attempt.id === currentId ? (
                    <span aria-current="page">#{number} (this one)</span>
                  ) : (
                    <Link href={`/history/${attempt.id}`} className="text-indigo-700 hover:underline">
                      #{number}
                    </Link>
                  )}
                  <span className="block font-normal">{shortDate(attempt.startedAt)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {dimensions.map((dimension) => (
              <tr key={dimension.key}>
                <th scope="row" className="px-4 py-2 text-left font-medium text-slate-800">
                  {dimension.title}
                </th>
                {numbered.map(({ attempt }) => (
                  <td key={attempt.id} className={`px-4 py-2 tabular-nums ${attempt.id === currentId ? "bg-indigo-50" : ""}`}>
                    {attempt.levels[dimension.key] ?? <span className="text-slate-500">–</span>}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="bg-slate-50">
              <th scope="row" className="px-4 py-2 text-left font-semibold">
                Overall
              </th>
              {numbered.map(({ attempt }) => (
                <td key={attempt.id} className="px-4 py-2 font-semibold tabular-nums">
                  {attempt.overallScore === null ? <span className="font-normal text-slate-500">not graded</span> : formatScore(attempt.overallScore)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
