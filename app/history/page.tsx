import type { Metadata } from "next";
import { currentTimeZone } from "@/lib/format/time-zone";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { getDb } from "@/db";
import { HistoryFilters } from "@/components/history/history-filters";
import { Pagination } from "@/components/ui/pagination";
import { HistoryTable } from "@/components/history/history-table";
import { buttonStyles } from "@/components/ui/button-styles";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listHistory, listPracticedQuestions } from "@/lib/history/queries";
import { historyQuerySchema, type HistoryQuery } from "@/lib/history/schemas";

export const metadata: Metadata = { title: "History" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ searchParams }: Props) {
  const user = await requirePageUser("/history");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = historyQuerySchema.safeParse(raw);
  const values = { question: raw.question, tag: raw.tag, from: raw.from, to: raw.to, sort: raw.sort };
  const questions = await listPracticedQuestions(getDb(), user.id);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">History</h1>
          <p className="mt-1 text-slate-600">Every session you have run: review the notes, drawing, timing and grades, or replay it.</p>
        </div>
        <Link href="/practice/new" className={buttonStyles.primary}>
          Start a session
        </Link>
      </div>
      {/* Keyed by the filters so a navigation (e.g. "Reset") remounts the form with fresh defaults. */}
      <HistoryFilters key={JSON.stringify(values)} values={values} questions={questions} />
      {!parsed.success ? (
        <div role="alert" className="rounded-xl bg-rose-50 p-4 text-sm text-rose-800">
          These filters are not valid ({parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}).{" "}
          <Link href="/history" className="font-semibold underline">
            Show all sessions
          </Link>
        </div>
      ) : (
        <Results userId={user.id} query={parsed.data} params={values} />
      )}
    </div>
  );
}

async function Results({ userId, query, params }: { userId: string; query: HistoryQuery; params: Record<string, string | undefined> }) {
  const result = await listHistory(getDb(), userId, query, currentTimeZone());
  const filtered = Boolean(query.question || query.tag || query.from || query.to);
  return (
    <section aria-label="Sessions">
      <p className="mb-3 text-sm text-slate-600" aria-live="polite" data-testid="result-count">
        {result.total === 1 ? "1 session" : `${result.total} sessions`}
      </p>
      {result.items.length === 0 ? (
        <EmptyState>
          {result.total > 0 ? (
            <>
              There is no page {result.page}.{" "}
              <Link href="/history" className="font-semibold text-indigo-700 hover:underline">
                Back to the first page
              </Link>
            </>
          ) : filtered ? (
            <>
              No sessions match these filters.{" "}
              <Link href="/history" className="font-semibold text-indigo-700 hover:underline">
                Clear them
              </Link>
            </>
          ) : (
            <>
              No sessions yet.{" "}
              <Link href="/practice/new" className="font-semibold text-indigo-700 hover:underline">
                Start your first one
              </Link>
            </>
          )}
        </EmptyState>
      ) : (
        <HistoryTable items={result.items} />
      )}
      <Pagination basePath="/history" page={result.page} pageCount={result.pageCount} params={params} />
    </section>
  );
}
