import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { QuestionStatsCells } from "./question-stats";
import type { QuestionListItem } from "@/lib/questions/schemas";
import { COMPANIES, TOPIC_TAGS } from "@/lib/questions/taxonomy";

const label = (map: Record<string, string>, key: string) => map[key] ?? key;

export function QuestionRow({ question }: { question: QuestionListItem }) {
  return (
    <li className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 transition hover:ring-indigo-300">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <h2 className="text-base font-semibold">
            <Link href={`/questions/${question.slug}`} className="hover:text-indigo-700 focus-visible:underline">
              {question.title}
            </Link>
          </h2>
          <p className="mt-1 text-sm text-slate-600">{question.summary}</p>
          <div className="mt-2 flex flex-wrap gap-1.5">
            <Badge tone={question.difficulty}>{question.difficulty}</Badge>
            {question.tags.map((tag) => (
              <Badge key={tag}>{label(TOPIC_TAGS, tag)}</Badge>
            ))}
            {question.companies.map((company) => (
              <Badge key={company} tone="accent">
                {label(COMPANIES, company)}
              </Badge>
            ))}
          </div>
        </div>
        <QuestionStatsCells slug={question.slug} />
      </div>
    </li>
  );
}
