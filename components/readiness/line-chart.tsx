import type { DimensionSeries } from "@/lib/readiness/evidence";
import { formatDay } from "./format";

const COLORS = ["#4f46e5", "#059669", "#d97706", "#e11d48", "#0284c7", "#7c3aed", "#475569", "#0d9488", "#c026d3", "#65a30d"];
const DASHES = [undefined, "6 3", undefined, "2 3", undefined, "6 3 2 3"];

const W = 640;
const H = 240;
const PAD = { left: 36, right: 16, top: 12, bottom: 28 };
const LEVELS = [1, 2, 3, 4];

/**
 * Self-graded level per rubric dimension over time, as plain server-rendered SVG: x is when each
 * session finished, y the level (1..4), one line per dimension. A table with the same numbers
 * sits behind a disclosure for anyone who cannot read the chart.
 */
export function DimensionChart({ series }: { series: DimensionSeries[] }) {
  const times = series.flatMap((s) => s.points.map((p) => p.at));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (at: number) => PAD.left + (max === min ? innerW / 2 : ((at - min) / (max - min)) * innerW);
  const y = (level: number) => PAD.top + ((4 - level) / 3) * innerH;
  // Lines with equal levels would hide each other; nudge each a little so every one stays visible.
  const nudge = (index: number) => (index - (series.length - 1) / 2) * 2;
  const sessions = [...new Set(times)].sort((a, b) => a - b);
  const ticks = max === min ? [min] : [min, ...(sessions.length > 2 ? [sessions[Math.floor(sessions.length / 2)]!] : []), max];

  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby="dimension-chart-title">
        <title id="dimension-chart-title">
          {`Self-graded level per rubric dimension over ${sessions.length} graded ${sessions.length === 1 ? "session" : "sessions"}`}
        </title>
        {LEVELS.map((level) => (
          <g key={level}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(level)} y2={y(level)} stroke={level === 3 ? "#a5b4fc" : "#e2e8f0"} strokeDasharray={level === 3 ? "4 4" : undefined} />
            <text x={PAD.left - 8} y={y(level)} dy="0.32em" textAnchor="end" fontSize="11" fill="#64748b">
              {level}
            </text>
          </g>
        ))}
        {ticks.map((at) => (
          <text key={at} x={x(at)} y={H - 8} textAnchor={ticks.length > 1 && at === min ? "start" : ticks.length > 1 && at === max ? "end" : "middle"} fontSize="11" fill="#64748b">
            {formatDay(at)}
          </text>
        ))}
        {series.map((s, i) => {
          const color = COLORS[i % COLORS.length];
          return (
            <g key={s.key}>
              {s.points.length > 1 ? (
                <polyline
                  points={s.points.map((p) => `${x(p.at).toFixed(1)},${(y(p.level) + nudge(i)).toFixed(1)}`).join(" ")}
                  fill="none"
                  stroke={color}
                  strokeWidth="2"
                  strokeDasharray={DASHES[i % DASHES.length]}
                  strokeLinejoin="round"
                />
              ) : null}
              {s.points.map((p, j) => (
                <circle key={`${p.at}-${j}`} cx={x(p.at)} cy={y(p.level) + nudge(i)} r="3.5" fill={color}>
                  <title>{`${s.title}: ${p.level} on ${formatDay(p.at)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {series.map((s, i) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <svg aria-hidden width="20" height="6" className="shrink-0">
                <line x1="0" x2="20" y1="3" y2="3" stroke={COLORS[i % COLORS.length]} strokeWidth="2" strokeDasharray={DASHES[i % DASHES.length]} />
              </svg>
              {s.title}
            </li>
          ))}
          <li className="flex items-center gap-1.5 text-slate-500">
            <span aria-hidden className="inline-block w-4 border-t border-dashed border-indigo-300" />
            Hire level (3)
          </li>
        </ul>
        <details className="mt-2 text-xs text-slate-600">
          <summary className="cursor-pointer font-medium hover:text-indigo-700">Show as a table</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="min-w-full text-left">
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Dimension
                  </th>
                  {sessions.map((at) => (
                    <th key={at} scope="col" className="py-1 pr-3 font-medium">
                      {formatDay(at)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr key={s.key} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {s.title}
                    </th>
                    {sessions.map((at) => (
                      <td key={at} className="py-1 pr-3 tabular-nums">
                        {s.points.find((p) => p.at === at)?.level ?? "–"}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
