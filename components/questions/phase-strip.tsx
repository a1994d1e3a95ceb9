import { Markdown } from "@/components/markdown";
import { PHASES, type PhaseKey } from "@/lib/questions/phases";

const colors = ["bg-sky-500", "bg-violet-500", "bg-indigo-500", "bg-emerald-500", "bg-amber-500"];

/** The five phases as a proportional bar of the 45 minutes, then what each phase asks. */
export function PhaseStrip({ prompts }: { prompts: Record<PhaseKey, string> }) {
  const total = PHASES.reduce((sum, phase) => sum + phase.minutes, 0);
  return (
    <div>
      <div className="flex h-3 overflow-hidden rounded-full" role="img" aria-label={`Default plan: ${PHASES.map((p) => `${p.title} ${p.minutes} minutes`).join(", ")}`}>
        {PHASES.map((phase, index) => (
          <div key={phase.key} className={colors[index]} style={{ width: `${(phase.minutes / total) * 100}%` }} />
        ))}
      </div>
      <ol className="mt-4 grid gap-3 md:grid-cols-5">
        {PHASES.map((phase, index) => (
          <li key={phase.key} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <div className="flex items-center gap-2">
              <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${colors[index]}`} />
              <h3 className="text-sm font-semibold">{phase.title}</h3>
            </div>
            <p className="mt-0.5 text-xs text-slate-500">{phase.minutes} minutes</p>
            <Markdown className="prose-sm mt-2">{prompts[phase.key]}</Markdown>
          </li>
        ))}
      </ol>
    </div>
  );
}
