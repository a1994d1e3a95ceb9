import { Markdown } from "@/components/markdown";
import { ReferenceDiagram } from "./reference-diagram";
import { InterviewerGuide, MarkdownBullets as Bullets } from "./interviewer-guide";
import { formatEstimate } from "@/lib/questions/format-estimate";
import { PHASES, type PhaseKey } from "@/lib/questions/phases";
import type { QuestionReference } from "@/lib/questions/schemas";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 className="mb-4 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const approachTone = {
  weak: "border-rose-300 bg-rose-50/60",
  good: "border-amber-300 bg-amber-50/60",
  great: "border-emerald-300 bg-emerald-50/60",
} as const;

/** Everything a model answer holds: shown only after the reader reveals it. */
export function ReferenceAnswer({ body }: { body: QuestionReference }) {
  return (
    <div className="space-y-6" data-testid="reference">
      <Section title="Key points per phase">
        <div className="grid gap-6 md:grid-cols-2">
          {PHASES.map((phase) => (
            <Bullets key={phase.key} title={phase.title} items={body.keyPoints[phase.key]} />
          ))}
        </div>
      </Section>
      {PHASES.map((phase) => (
        <PhaseReference key={phase.key} body={body} phase={phase.key} />
      ))}
      <Section title="Interviewer guide">
        <InterviewerGuide guide={body.interviewerGuide} columns />
      </Section>
      <Sources sources={body.sources} />
    </div>
  );
}

/** The published figures the answer rests on. A body stored before sources existed has none. */
function Sources({ sources }: { sources: string[] | undefined }) {
  if (!sources?.length) return null;
  return (
    <Section title="Sources">
      <p className="mb-3 text-sm text-slate-600">Where the estimate&apos;s figures and the real-world claims come from.</p>
      <Bullets items={sources} />
    </Section>
  );
}

/** The reference for one phase: what a strong answer covers there. */
export function PhaseReference({ body, phase }: { body: QuestionReference; phase: PhaseKey }) {
  switch (phase) {
    case "clarify":
      return (
        <Section title="Clarify requirements">
          <div className="grid gap-6 md:grid-cols-2">
            <Bullets title="Questions to ask" items={body.clarify.questions} />
            <Bullets title="Functional requirements" items={body.clarify.functional} />
            <Bullets title="Non-functional requirements" items={body.clarify.nonFunctional} />
            <Bullets title="Out of scope" items={body.clarify.outOfScope} />
          </div>
        </Section>
      );
    case "estimate":
      return (
        <Section title="Capacity estimation">
          <Markdown>{body.estimate.notes}</Markdown>
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">Estimate inputs and derived numbers</caption>
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2">Quantity</th>
                <th className="py-2">How</th>
                <th className="py-2 text-right">Value</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {body.estimate.inputs.map((input) => (
                <tr key={input.name}>
                  <td className="py-2">{input.label}</td>
                  <td className="py-2 text-slate-500">assumed</td>
                  <td className="py-2 text-right font-medium tabular-nums">{formatEstimate(input.value, input.unit)}</td>
                </tr>
              ))}
              {body.estimate.derived.map((item) => (
                <tr key={item.name} className="bg-slate-50/60">
                  <td className="py-2 font-medium">{item.label}</td>
                  <td className="py-2 font-mono text-xs text-slate-600">{item.expr}</td>
                  <td className="py-2 text-right font-semibold tabular-nums">{formatEstimate(item.value, item.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      );
    case "high_level":
      return (
        <Section title="High-level design">
          <div className="space-y-6">
            <ReferenceDiagram source={body.highLevel.diagram} label="Reference diagram" />
            {(
              [
                ["Components", body.highLevel.components],
                ["Data flow", body.highLevel.dataFlow],
                ["API", body.highLevel.api],
                ["Data model", body.highLevel.dataModel],
              ] as const
            ).map(([title, text]) => (
              <div key={title}>
                <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3>
                <Markdown className="prose-sm">{text}</Markdown>
              </div>
            ))}
          </div>
        </Section>
      );
    case "deep_dive":
      return (
        <Section title="Deep dives">
          <div className="space-y-8">
            {body.deepDives.map((dive) => (
              <article key={dive.title}>
                <h3 className="text-base font-semibold">{dive.title}</h3>
                <Markdown className="prose-sm mt-1">{dive.problem}</Markdown>
                <div className="mt-3 grid gap-3 lg:grid-cols-3">
                  {(["weak", "good", "great"] as const).map((level) => (
                    <div key={level} className={`rounded-lg border-l-4 p-3 ${approachTone[level]}`}>
                      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{level}</p>
                      <Markdown className="prose-sm mt-1">{dive[level]}</Markdown>
                    </div>
                  ))}
                </div>
                {dive.greatDiagram ? (
                  <div className="mt-3">
                    <ReferenceDiagram source={dive.greatDiagram} label={`The great approach: ${dive.title}`} />
                  </div>
                ) : null}
              </article>
            ))}
          </div>
        </Section>
      );
    case "trade_offs":
      return (
        <Section title="Trade-offs">
          <div className="space-y-5">
            {body.tradeOffs.map((decision) => (
              <div key={decision.title}>
                <h3 className="text-sm font-semibold">{decision.title}</h3>
                <Markdown className="prose-sm mt-1">{decision.body}</Markdown>
              </div>
            ))}
          </div>
        </Section>
      );
  }
}
