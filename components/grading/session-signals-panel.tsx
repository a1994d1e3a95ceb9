import { Badge } from "@/components/ui/badge";
import type { PhaseSignal } from "@/lib/grading/session-signals";
import { formatDuration } from "@/lib/sessions/clock";
import { phaseTitle } from "@/lib/questions/phases";

/** Time per phase against the plan (bars), and what was written and drawn: measured, not self-reported. */
export function SessionSignalsPanel({ signals }: { signals: PhaseSignal[] }) {
  const longest = Math.max(...signals.map((s) => Math.max(s.plannedMs, s.spentMs)), 1);
  return (
    <section aria-labelledby="signals" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="signals" className="font-semibold">
        What the session shows
      </h2>
      <p className="text-sm text-slate-600">Measured from your session: time against the plan, and how much you wrote and drew.</p>
      <table className="mt-4 w-full text-sm">
        <thead className="text-left text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1 font-medium">Phase</th>
            <th className="py-1 font-medium">Time (grey: planned)</th>
            <th className="py-1 text-right font-medium">Words</th>
            <th className="py-1 text-right font-medium">Drawn</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {signals.map((signal) => (
            <tr key={signal.key} data-testid={`signal-${signal.key}`}>
              <td className="py-2 pr-3 align-top">
                <span className="font-medium">{phaseTitle(signal.key)}</span>
                <span className="ml-2 inline-flex gap-1">
                  {signal.skipped ? <Badge tone="medium">skipped</Badge> : null}
                  {signal.overrun ? <Badge tone="hard">over by {formatDuration(signal.overtimeMs)}</Badge> : null}
                </span>
              </td>
              <td className="w-1/2 py-2">
                <div className="relative h-4 rounded bg-slate-100" aria-hidden>
                  <div className="absolute inset-y-0 left-0 rounded bg-slate-300" style={{ width: `${(signal.plannedMs / longest) * 100}%` }} />
                  <div
                    className={`absolute inset-y-1 left-0 rounded ${signal.overrun ? "bg-rose-500" : "bg-indigo-500"}`}
                    style={{ width: `${(signal.spentMs / longest) * 100}%` }}
                  />
                </div>
                <span className="text-xs text-slate-600">
                  {formatDuration(signal.spentMs)} of {formatDuration(signal.plannedMs)}
                </span>
              </td>
              <td className="py-2 text-right tabular-nums">{signal.words}</td>
              <td className="py-2 text-right tabular-nums">{signal.drawn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
