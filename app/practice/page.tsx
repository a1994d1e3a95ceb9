import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { getDb } from "@/db";
import { UnfinishedSessions } from "@/components/practice/unfinished-sessions";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { formatDateTime } from "@/lib/format/dates";
import { readClock } from "@/lib/sessions/clock";
import { listSessionsForUser } from "@/lib/sessions/queries";

export const metadata: Metadata = { title: "Practice" };


export default async function PracticePage() {
  const user = await requirePageUser("/practice");
  const db = getDb();
  const [unfinished, finished] = await Promise.all([
    listSessionsForUser(db, user.id, ["lobby", "active"]),
    listSessionsForUser(db, user.id, ["finished"], 10),
  ]);
  const now = readClock();
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Practice</h1>
          <p className="mt-1 text-slate-600">Timed sessions through the five phases of the interview.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/practice/new" className={buttonStyles.primary}>
            Start a session
          </Link>
          <Link href="/practice/new?with=partner" className={buttonStyles.secondary}>
            Practice with a partner
          </Link>
        </div>
      </div>

      <section aria-labelledby="unfinished">
        <h2 id="unfinished" className="mb-3 text-lg font-semibold">
          Unfinished
        </h2>
        {unfinished.length === 0 ? (
          <EmptyState>Nothing in progress.</EmptyState>
        ) : (
          <UnfinishedSessions sessions={unfinished} now={now} />
        )}
      </section>

      <section aria-labelledby="finished">
        <h2 id="finished" className="mb-3 text-lg font-semibold">
          Recently finished
        </h2>
        {finished.length === 0 ? (
          <EmptyState>Finished sessions appear here.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {finished.map((session) => (
              <li key={session.id} className="flex items-center justify-between gap-3 p-4">
                <Link href={`/practice/${session.id}`} className="font-medium hover:text-indigo-700">
                  {session.question.title}
                </Link>
                <span className="flex items-center gap-2 text-sm text-slate-600">
                  <Badge tone={session.question.difficulty as "easy"}>{session.question.difficulty}</Badge>
                  {formatDateTime(session.startedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
