import { formatDuration } from "@/lib/sessions/clock";
import type { PhaseTime } from "@/lib/history/phase-times";

/**
 * Planned against spent time per phase as bars; the part over plan is red. Built from HTML boxes
 * rather than a scaled SVG, so its text keeps its size on a phone (a 640-unit SVG shrank it to 5 px).
 */
export function PhaseTimeChart({ phases }: { phases: PhaseTime[] }) {
  const max = Math.max(1, ...phases.map((phase) => Math.max(phase.plannedMs, phase.spentMs)));
  const share = (ms: number) => `${(ms / max) * 100}%`;
  const summary = phases
    .map((p) => `${p.title}: planned ${formatDuration(p.plannedMs)}, ${p.reached ? `spent ${formatDuration(p.spentMs)}` : "not reached"}${p.overtimeMs > 0 ? `, ${formatDuration(p.overtimeMs)} over` : ""}`)
    .join("; ");
  return (
    <figure className="space-y-3">
      <div role="img" aria-label={`Time per phase. ${summary}.`} className="max-w-3xl space-y-3">
        {phases.map((phase) => {
          const within = Math.min(phase.spentMs, phase.plannedMs);
          return (
            <div key={phase.key} data-testid={`phase-bar-${phase.key}`} className="grid gap-1 sm:grid-cols-[11rem_1fr] sm:items-center sm:gap-3">
              <span className="text-sm font-medium text-slate-800">{phase.title}</span>
              <div className="space-y-1">
                <div className="flex items-center gap-2">
                  <div className="min-w-0 flex-1">
                    <div className="h-3 rounded-sm bg-slate-300" style={{ width: share(phase.plannedMs), minWidth: 2 }} title={`Planned ${formatDuration(phase.plannedMs)}`} />
                  </div>
                  <span className="w-32 shrink-0 text-xs text-slate-600">{formatDuration(phase.plannedMs)} planned</span>
                </div>
                <div className="flex items-center gap-2">
                  <div className="min-w-0 flex-1">
                    <div className="flex h-3" style={{ width: share(phase.spentMs) }}>
                      <div className="h-3 rounded-l-sm bg-indigo-500" style={{ width: phase.spentMs ? `${(within / phase.spentMs) * 100}%` : 0, minWidth: phase.reached ? 2 : 0 }} title={phase.reached ? `Spent ${formatDuration(phase.spentMs)}` : "Not reached"} />
                      {phase.overtimeMs > 0 ? <div className="h-3 flex-1 rounded-r-sm bg-rose-600" data-overtime="true" title={`${formatDuration(phase.overtimeMs)} over time`} /> : null}
                    </div>
                  </div>
                  <span className={`w-32 shrink-0 text-xs ${phase.overtimeMs > 0 ? "font-semibold text-rose-700" : "text-slate-700"}`}>
                    {phase.reached ? `${formatDuration(phase.spentMs)} spent${phase.overtimeMs > 0 ? ` (+${formatDuration(phase.overtimeMs)})` : ""}` : "not reached"}
                  </span>
                </div>
              </div>
            </div>
          );
        })}
      </div>
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
