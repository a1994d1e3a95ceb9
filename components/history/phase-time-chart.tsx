import { formatDuration } from "@/lib/sessions/clock";
import type { PhaseTime } from "@/lib/history/phase-times";

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 140;
const ROW = 46;
const BAR = 13;

/** Planned against spent time per phase as plain SVG bars; the part over plan is red. */
export function PhaseTimeChart({ phases }: { phases: PhaseTime[] }) {
  const max = Math.max(1, ...phases.map((phase) => Math.max(phase.plannedMs, phase.spentMs)));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (ms: number) => (ms / max) * span;
  const height = phases.length * ROW + 8;
  const summary = phases
    .map((p) => `${p.title}: planned ${formatDuration(p.plannedMs)}, ${p.reached ? `spent ${formatDuration(p.spentMs)}` : "not reached"}${p.overtimeMs > 0 ? `, ${formatDuration(p.overtimeMs)} over` : ""}`)
    .join("; ");
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-3xl" role="img" aria-label={`Time per phase. ${summary}.`}>
        {phases.map((phase, index) => {
          const top = index * ROW + 4;
          const planned = x(phase.plannedMs);
          const within = x(Math.min(phase.spentMs, phase.plannedMs));
          const over = x(phase.overtimeMs);
          return (
            <g key={phase.key} data-testid={`phase-bar-${phase.key}`}>
              <text x={0} y={top + BAR + 4} className="fill-slate-800 text-[13px] font-medium">
                {phase.title}
              </text>
              <rect x={LABEL_WIDTH} y={top} width={Math.max(planned, 1)} height={BAR} rx={3} className="fill-slate-300">
                <title>{`Planned ${formatDuration(phase.plannedMs)}`}</title>
              </rect>
              <text x={LABEL_WIDTH + planned + 6} y={top + BAR - 2} className="fill-slate-500 text-[11px]">
                {formatDuration(phase.plannedMs)} planned
              </text>
              <rect x={LABEL_WIDTH} y={top + BAR + 3} width={Math.max(within, phase.reached ? 1 : 0)} height={BAR} rx={3} className="fill-indigo-500">
                <title>{phase.reached ? `Spent ${formatDuration(phase.spentMs)}` : "Not reached"}</title>
              </rect>
              {phase.overtimeMs > 0 ? (
                <rect x={LABEL_WIDTH + within} y={top + BAR + 3} width={Math.max(over, 1)} height={BAR} rx={3} className="fill-rose-600" data-overtime="true">
                  <title>{`${formatDuration(phase.overtimeMs)} over time`}</title>
                </rect>
              ) : null}
              <text x={LABEL_WIDTH + within + over + 6} y={top + 2 * BAR + 1} className={`text-[11px] ${phase.overtimeMs > 0 ? "fill-rose-700 font-semibold" : "fill-slate-700"}`}>
                {phase.reached ? `${formatDuration(phase.spentMs)} spent${phase.overtimeMs > 0 ? ` (+${formatDuration(phase.overtimeMs)})` : ""}` : "not reached"}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-xs text-slate-600">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="h-2.5 w-4 rounded-sm bg-slate-300" /> Planned
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="h-2.5 w-4 rounded-sm bg-indigo-500" /> Spent
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="h-2.5 w-4 rounded-sm bg-rose-600" /> Over time
        </span>
      </figcaption>
    </figure>
  );
}
