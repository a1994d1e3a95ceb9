import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { Markdown } from "@/components/markdown";
import { PhaseStrip } from "@/components/questions/phase-strip";
import { LoadedReference } from "@/components/questions/loaded-reference";
import { RevealPanel } from "@/components/questions/reveal-panel";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { getQuestionBySlug, getQuestionTitles } from "@/lib/questions/queries";
import { slugSchema } from "@/lib/questions/schemas";
import { COMPANIES, TOPIC_TAGS } from "@/lib/questions/taxonomy";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = slugSchema.safeParse((await params).slug);
  return slug.success ? getQuestionBySlug(getDb(), slug.data) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await load(params);
  return { title: question?.title ?? "Question not found" };
}

export default async function QuestionPage({ params }: Props) {
  const question = await load(params);
  if (!question) notFound();
  const related = await getQuestionTitles(getDb(), question.body.related);

  return (
    <article className="space-y-8">
      <header>
        <Link href="/questions" className="text-sm font-medium text-indigo-700 hover:underline">
          ← Question bank
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{question.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-600">{question.summary}</p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Link href={`/practice/new?question=${question.slug}`} className={buttonStyles.primary}>
            Start practice
          </Link>
          <Link href={`/practice/new?question=${question.slug}&with=partner`} className={buttonStyles.secondary}>
            Practice with a partner
          </Link>
        </div>
        <div className="mt-3 flex flex-wrap gap-1.5">
          <Badge tone={question.difficulty}>{question.difficulty}</Badge>
          {question.tags.map((tag) => (
            <Badge key={tag}>{TOPIC_TAGS[tag as keyof typeof TOPIC_TAGS] ?? tag}</Badge>
          ))}
          {question.companies.map((company) => (
            <Badge key={company} tone="accent">
              {COMPANIES[company as keyof typeof COMPANIES] ?? company}
            </Badge>
          ))}
        </div>
      </header>

      <section aria-labelledby="statement" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="statement" className="mb-3 text-lg font-semibold">
          The problem
        </h2>
        <Markdown>{question.body.statement}</Markdown>
      </section>

      <section aria-labelledby="phases">
        <h2 id="phases" className="mb-3 text-lg font-semibold">
          What each phase asks
        </h2>
        <PhaseStrip prompts={question.body.phasePrompts} />
      </section>

      {related.size > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-2 text-lg font-semibold">
            Related problems
          </h2>
          <ul className="flex flex-wrap gap-2">
            {[...related].map(([slug, title]) => (
              <li key={slug}>
                <Link href={`/questions/${slug}`} className="rounded-lg bg-white px-3 py-1.5 text-sm font-medium shadow-sm ring-1 ring-slate-200 hover:ring-indigo-300">
                  {title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="reference-heading">
        <h2 id="reference-heading" className="mb-3 text-lg font-semibold">
          Reference answer
        </h2>
        <RevealPanel
          label="Reveal the reference answer"
          warning="Key points, worked estimates, deep-dive approaches and the interviewer guide. Try the problem yourself first: reading the answer before practising spoils it."
        >
          <LoadedReference slug={question.slug} />
        </RevealPanel>
      </section>
    </article>
  );
}
