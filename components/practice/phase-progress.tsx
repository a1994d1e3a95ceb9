import { formatDuration } from "@/lib/sessions/clock";
import { phaseTitle } from "@/lib/questions/phases";
import { useLiveClock, type SessionClock } from "./use-session-clock";

/**
 * The plan as a bar: each phase as wide as its minutes, filled as time is spent, red when over.
 * Its caption names the current phase in full; a five-minute phase's segment is too narrow to
 * carry its own name (the phase buttons beside it name them all).
 */
export function PhaseProgress({ source }: { source: Pick<SessionClock, "facts" | "ticker"> }) {
  const clock = useLiveClock(source);
  const total = clock.phases.reduce((sum, phase) => sum + phase.minutes, 0);
  const current = clock.phases.find((phase) => phase.state === "current");
  return (
    <div>
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

            </li>
          );
        })}
      </ol>
      {current ? (
        <p className="mt-1 text-xs text-slate-600" aria-hidden>
          <span className="font-semibold text-indigo-700">{phaseTitle(current.key)}</span> · {formatDuration(current.spentMs)} of{" "}
          {formatDuration(current.minutes * 60_000)}
          {current.overtimeMs > 0 ? <span className="font-semibold text-rose-700"> · {formatDuration(current.overtimeMs)} over</span> : null}
        </p>
      ) : null}
    </div>
  );
}
