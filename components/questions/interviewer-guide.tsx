import { Markdown } from "@/components/markdown";
import type { QuestionBody } from "@/lib/questions/schemas";

/** A titled list of Markdown items (guide bullets, requirements, key points). */
export function MarkdownBullets({ title, items }: { title?: string; items: string[] }) {
  return (
    <div>
      {title ? <h3 className="mb-2 text-sm font-semibold text-slate-800">{title}</h3> : null}
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {items.map((item, index) => (
          <li key={index}>
            <Markdown className="prose-sm [&_p]:my-0">{item}</Markdown>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A question's interviewer guide: follow-ups, hints, red flags and what each level should show.
 * `columns` lays it out across a wide page; without it, it stacks for a side panel.
 */
export function InterviewerGuide({ guide, columns = false }: { guide: QuestionBody["interviewerGuide"]; columns?: boolean }) {
  return (
    <div className="space-y-6">
      <div className={columns ? "grid gap-6 md:grid-cols-3" : "space-y-5"}>
        <MarkdownBullets title="Follow-up questions" items={guide.followUps} />
        <MarkdownBullets title="Hints" items={guide.hints} />
        <MarkdownBullets title="Red flags" items={guide.redFlags} />
      </div>
      <div className={columns ? "grid gap-4 md:grid-cols-3" : "space-y-3"}>
        {(
          [
            ["Mid-level", guide.expectations.mid],
            ["Senior", guide.expectations.senior],
            ["Staff", guide.expectations.staff],
          ] as const
        ).map(([level, text]) => (
          <div key={level} className="rounded-lg bg-slate-50 p-3">
            <h3 className="text-sm font-semibold">Expected at {level.toLowerCase()}</h3>
            <Markdown className="prose-sm mt-1">{text}</Markdown>
          </div>
        ))}
      </div>
    </div>
  );
}
