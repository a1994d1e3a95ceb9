import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { Pagination } from "@/components/ui/pagination";
import { QuestionFilters } from "@/components/questions/question-filters";
import { filtersUrl } from "@/lib/questions/filters-url";
import { QuestionRow } from "@/components/questions/question-row";
import { QuestionStatsProvider } from "@/components/questions/question-stats";
import { EmptyState } from "@/components/ui/empty-state";
import { currentUser } from "@/lib/auth/session";
import { listBank, SIGN_IN_TO_FILTER } from "@/lib/questions/list-bank";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";
import type { PracticeFilter } from "@/lib/questions/taxonomy";

const NOTHING_IN_PRACTICE: Record<PracticeFilter, string> = {
  attempted: "You have not finished a session on any of these yet.",
  not_attempted: "You have practised every one of these.",
  to_review: "Nothing here is due for review yet: a problem comes due again days after you practise it, sooner when it went less well.",
};

export const metadata: Metadata = { title: "Question bank" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionsPage({ searchParams }: Props) {
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = listQuestionsQuerySchema.safeParse(raw);
  const values = { q: raw.q, difficulty: raw.difficulty, tag: raw.tag, company: raw.company, practice: raw.practice };

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
  // Only a practice filter depends on who is asking; without one the page is the same for everyone.
  const user = query.practice ? await currentUser() : null;
  if (query.practice && !user) {
    return (
      <EmptyState>
        {SIGN_IN_TO_FILTER}{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(filtersUrl(params))}`} className="font-semibold text-indigo-700 hover:underline">
          Sign in
        </Link>
      </EmptyState>
    );
  }
  const result = await listBank(getDb(), query, user?.id ?? null);
  return (
    <section aria-label="Questions">
      <p className="mb-3 text-sm text-slate-600" aria-live="polite" data-testid="result-count">
        {result.total === 1 ? "1 question" : `${result.total} questions`}
        {query.q ? ` matching “${result.searchedFor ?? query.q}”` : ""}
        {result.searchedFor ? <span className="text-slate-500"> (you typed “{query.q}”)</span> : null}
      </p>
      {result.items.length === 0 && result.total > 0 ? (
        <EmptyState>
          Page {result.page} is past the end: these filters give {result.pageCount === 1 ? "one page" : `${result.pageCount} pages`}.{" "}
          <Link href={filtersUrl(params)} className="font-semibold text-indigo-700 hover:underline">
            Go to the first page
          </Link>
        </EmptyState>
      ) : result.items.length === 0 ? (
        <EmptyState>
          {query.practice ? `${NOTHING_IN_PRACTICE[query.practice]} ` : ""}No questions match these filters.{" "}
          <Link href="/questions" className="font-semibold text-indigo-700 hover:underline">
            Clear them
          </Link>
        </EmptyState>
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
