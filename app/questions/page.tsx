import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { Pagination } from "@/components/ui/pagination";
import { QuestionFilters } from "@/components/questions/question-filters";
import { filtersUrl } from "@/lib/questions/filters-url";
import { QuestionRow } from "@/components/questions/question-row";
import { QuestionStatsProvider } from "@/components/questions/question-stats";
import { listQuestions } from "@/lib/questions/queries";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";

export const metadata: Metadata = { title: "Question bank" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionsPage({ searchParams }: Props) {
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = listQuestionsQuerySchema.safeParse(raw);
  const values = { q: raw.q, difficulty: raw.difficulty, tag: raw.tag, company: raw.company };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Question bank</h1>
        <p className="mt-1 text-slate-600">Pick a problem to read, then practise it against the clock.</p>
      </div>
      <QuestionFilters values={values} />
      {!parsed.success ? (
        <div role="alert" className="rounded-xl bg-rose-50 p-4 text-sm text-rose-800">
          These filters are not valid ({parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}).{" "}
          <Link href="/questions" className="font-semibold underline">
            Show all questions
          </Link>
        </div>
      ) : (
        <Results query={parsed.data} params={values} />
      )}
    </div>
  );
}

async function Results({ query, params }: { query: ReturnType<typeof listQuestionsQuerySchema.parse>; params: Record<string, string | undefined> }) {
  const result = await listQuestions(getDb(), query);
  return (
    <section aria-label="Questions">
      <p className="mb-3 text-sm text-slate-600" aria-live="polite" data-testid="result-count">
        {result.total === 1 ? "1 question" : `${result.total} questions`}
        {query.q ? ` matching “${query.q}”` : ""}
      </p>
      {result.items.length === 0 && result.total > 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-600">
          Page {result.page} is past the end: these filters give {result.pageCount === 1 ? "one page" : `${result.pageCount} pages`}.{" "}
          <Link href={filtersUrl(params)} className="font-semibold text-indigo-700 hover:underline">
            Go to the first page
          </Link>
        </div>
      ) : result.items.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-600">
          No questions match these filters.{" "}
          <Link href="/questions" className="font-semibold text-indigo-700 hover:underline">
            Clear them
          </Link>
        </div>
      ) : (
        <QuestionStatsProvider>
          <ul className="space-y-3">
            {result.items.map((question) => (
              <QuestionRow key={question.slug} question={question} />
            ))}
          </ul>
        </QuestionStatsProvider>
      )}
      <Pagination
        basePath="/questions"
        page={result.page}
        pageCount={result.pageCount}
        params={{ ...params, pageSize: query.pageSize === 20 ? undefined : String(query.pageSize) }}
      />
    </section>
  );
}
