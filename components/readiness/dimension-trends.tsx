"use client";

import { formatScore } from "@/lib/format/score";
import { useId, useState } from "react";
import type { DimensionSeries } from "@/lib/readiness/evidence";
import { formatDay } from "./format";

const W = 600;
const H = 48;
const PAD_X = 6;
const PAD_Y = 7;
const HIRE_LEVEL = 3;
/** The figure beside each line: the mean of this many most recent grades. */
const RECENT = 5;

const x = (index: number, count: number) => (count <= 1 ? W / 2 : PAD_X + (index / (count - 1)) * (W - 2 * PAD_X));
const y = (level: number) => PAD_Y + ((4 - level) / 3) * (H - 2 * PAD_Y);

/** Zero-length segments with round caps draw dots: one path per colour instead of an element per dot. */
const dots = (points: { index: number; level: number }[], count: number) =>
  points.map((p) => `M${x(p.index, count).toFixed(1)} ${y(p.level).toFixed(1)}h0`).join("");

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

type Props = { series: DimensionSeries[] };

/** "3", "3 / 2" with the interviewer's level, or "–": one session's levels on one dimension. */
const levelsText = (self: number | undefined, peer: number | undefined) => `${self ?? "–"}${peer === undefined ? "" : ` / ${peer}`}`;

/**
 * One small line per rubric dimension over the recent graded sessions, side by side on a shared
 * session axis, with the hire level dashed. Dots below hire level are amber; green rings are the
 * interviewer's grade in a peer round (once the candidate may see it). Pointing at a line,
 * or focusing the chart and using the arrow keys, reads out every dimension for that session;
 * the same numbers are available as a table.
 */
export function DimensionTrends({ series }: Props) {
  const sessions = [...new Set(series.flatMap((s) => [...s.points, ...s.peerPoints].map((p) => p.at)))].sort((a, b) => a - b);
  const hasPeer = series.some((s) => s.peerPoints.length > 0);
  const indexOf = new Map(sessions.map((at, index) => [at, index]));
  const count = sessions.length;
  const [active, setActive] = useState<number | null>(null);
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const readoutId = useId();

  function pointAt(event: React.PointerEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = (event.clientX - box.left) / box.width;
    const index = count <= 1 ? 0 : Math.round(((fraction * W - PAD_X) / (W - 2 * PAD_X)) * (count - 1));
    setActive(Math.max(0, Math.min(count - 1, index)));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const last = count - 1;
    const moves: Record<string, number> = { ArrowLeft: (active ?? last + 1) - 1, ArrowRight: (active ?? -1) + 1, Home: 0, End: last };
    if (!(event.key in moves)) return;
    event.preventDefault();
    setActive(Math.max(0, Math.min(last, moves[event.key]!)));
  }

  const activeAt = active === null ? null : sessions[active]!;
  return (
    <figure>
      <div
        tabIndex={0}
        role="group"
        aria-label={`Self-graded level per rubric dimension${hasPeer ? ", with interviewers' grades from peer rounds," : ""} over ${count} graded ${count === 1 ? "session" : "sessions"}. Use the left and right arrow keys to read one session.`}
        aria-describedby={readoutId}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        className="rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      >
        <ul className="divide-y divide-slate-100">
          {series.map((s) => {
            const points = s.points.map((p) => ({ index: indexOf.get(p.at)!, level: p.level }));
            const peerPoints = s.peerPoints.map((p) => ({ index: indexOf.get(p.at)!, level: p.level }));
            // Beside the line: the recent self-grades, or the interviewers' where there are none.
            const own = s.points.length > 0;
            const recentPoints = (own ? s.points : s.peerPoints).slice(-RECENT);
            const recent = mean(recentPoints.map((p) => p.level));
            const shown = activeAt === null ? undefined : s.points.find((p) => p.at === activeAt)?.level;
            const shownPeer = activeAt === null ? undefined : s.peerPoints.find((p) => p.at === activeAt)?.level;
            return (
              <li key={s.key} className="grid grid-cols-[minmax(0,14rem)_1fr_4.5rem] items-center gap-3 py-1.5" data-testid="dimension-trend">
                <span className="truncate text-sm text-slate-800">{s.title}</span>
                <svg
                  viewBox={`0 0 ${W} ${H}`}
                  className="h-10 w-full touch-none"
                  preserveAspectRatio="none"
                  aria-hidden
                  onPointerMove={pointAt}
                  onPointerDown={pointAt}
                  onPointerLeave={() => setActive(null)}
                >
                  <line x1={0} x2={W} y1={y(HIRE_LEVEL)} y2={y(HIRE_LEVEL)} stroke="#a5b4fc" strokeDasharray="4 4" vectorEffect="non-scaling-stroke" />
                  {active === null ? null : (
                    <line x1={x(active, count)} x2={x(active, count)} y1={0} y2={H} stroke="#94a3b8" vectorEffect="non-scaling-stroke" />
                  )}
                  {points.length > 1 ? (
                    <polyline
                      points={points.map((p) => `${x(p.index, count).toFixed(1)},${y(p.level).toFixed(1)}`).join(" ")}
                      fill="none"
                      stroke="#6366f1"
                      strokeWidth="1.5"
                      strokeLinejoin="round"
                      vectorEffect="non-scaling-stroke"
                    />
                  ) : null}
                  {peerPoints.length ? (
                    <>
                      <path d={dots(peerPoints, count)} stroke="#059669" strokeWidth="10" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
                      <path d={dots(peerPoints, count)} stroke="#ffffff" strokeWidth="6" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
                    </>
                  ) : null}
                  <path d={dots(points.filter((p) => p.level >= HIRE_LEVEL), count)} stroke="#4f46e5" strokeWidth="6" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
                  <path d={dots(points.filter((p) => p.level < HIRE_LEVEL), count)} stroke="#d97706" strokeWidth="6" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
                </svg>
                <span className="text-right text-sm tabular-nums text-slate-700">
                  {activeAt === null ? (
                    <>
                      {formatScore(recent)}
                      <span className="block text-[11px] leading-tight text-slate-500">
                        {own ? `last ${recentPoints.length}` : "interviewers"}
                      </span>
                    </>
                  ) : (
                    <>
                      {levelsText(shown, shownPeer)}
                      <span className="block text-[11px] leading-tight text-slate-500">{formatDay(activeAt)}</span>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        <div className="grid grid-cols-[minmax(0,14rem)_1fr_4.5rem] gap-3 text-xs text-slate-500">
          <span />
          <span className="flex justify-between">
            <span>{formatDay(sessions[0]!)}</span>
            {count > 1 ? <span>{formatDay(sessions[count - 1]!)}</span> : null}
          </span>
          <span />
        </div>
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block w-4 border-t border-dashed border-indigo-300" />
          Hire level (3)
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-2 w-2 rounded-full bg-amber-600" />
          Below hire level
        </span>
        {hasPeer ? (
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full border-2 border-emerald-600" />
            Interviewer&apos;s grade (peer rounds)
          </span>
        ) : null}
        <span id={readoutId} aria-live="polite" className="sr-only">
          {activeAt === null
            ? ""
            : `${formatDay(activeAt)}: ${series
                .map((s) => {
                  const self = s.points.find((p) => p.at === activeAt)?.level;
                  const peer = s.peerPoints.find((p) => p.at === activeAt)?.level;
                  return `${s.title} ${self ?? "not self-graded"}${peer === undefined ? "" : `, interviewer ${peer}`}`;
                })
                .join("; ")}`}
        </span>
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((open) => !open)}
          className="ml-auto font-medium text-indigo-700 hover:underline"
        >
          {showTable ? "Hide the table" : "Show as a table"}
        </button>
      </figcaption>
      <div id={tableId} hidden={!showTable} className="mt-2 overflow-x-auto text-xs text-slate-600">
        {showTable && hasPeer ? <p className="mb-1">After a slash: your interviewer&apos;s grade in that peer round.</p> : null}
        {showTable ? (
          <table className="min-w-full text-left">
            <caption className="sr-only">
              Self-graded level per dimension and session{hasPeer ? "; after a slash, the interviewer's grade" : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Dimension
                </th>
                {sessions.map((at) => (
                  <th key={at} scope="col" className="whitespace-nowrap py-1 pr-3 font-medium">
                    {formatDay(at)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => {
                const levels = new Map(s.points.map((p) => [p.at, p.level]));
                const peerLevels = new Map(s.peerPoints.map((p) => [p.at, p.level]));
                return (
                  <tr key={s.key} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {s.title}
                    </th>
                    {sessions.map((at) => (
                      <td key={at} className="py-1 pr-3 tabular-nums">
                        {levelsText(levels.get(at), peerLevels.get(at))}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
    </figure>
  );
}
