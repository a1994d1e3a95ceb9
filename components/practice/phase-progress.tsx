import { formatDuration, type ClockView } from "@/lib/sessions/clock";
import { phaseTitle } from "@/lib/sessions/plan";

/** The plan as a bar: each phase as wide as its minutes, filled as time is spent, red when over. */
export function PhaseProgress({ clock }: { clock: ClockView }) {
  const total = clock.phases.reduce((sum, phase) => sum + phase.minutes, 0);
  return (
    <ol className="flex gap-1" aria-label="Phase progress">
      {clock.phases.map((phase) => {
        const planned = phase.minutes * 60_000;
        const fill = Math.min(1, phase.spentMs / planned);
        const over = phase.overtimeMs > 0;
        const label = `${phaseTitle(phase.key)}: ${phase.state === "upcoming" ? "not started" : `${formatDuration(phase.spentMs)} of ${phase.minutes}:00${over ? `, ${formatDuration(phase.overtimeMs)} over` : ""}`}`;
        return (
          <li key={phase.key} className="min-w-0" style={{ flexGrow: phase.minutes, flexBasis: `${(phase.minutes / total) * 100}%` }}>
            <div
              role="progressbar"
              aria-label={label}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(fill * 100)}
              className={`h-2.5 overflow-hidden rounded-full ${phase.state === "current" ? "bg-indigo-100 ring-2 ring-indigo-400" : "bg-slate-200"}`}
            >
              <div
                className={`h-full ${over ? "bg-rose-500" : phase.state === "done" ? "bg-emerald-500" : "bg-indigo-500"}`}
                style={{ width: `${fill * 100}%` }}
              />
            </div>
            <p className={`mt-1 truncate text-xs ${phase.state === "current" ? "font-semibold text-indigo-700" : "text-slate-500"}`}>
              {phaseTitle(phase.key)} · {phase.minutes}m
            </p>
          </li>
        );
      })}
    </ol>
  );
}
