import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { AbandonButton } from "@/components/practice/abandon-button";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { formatDateTime } from "@/lib/format/dates";
import { formatDuration, readClock } from "@/lib/sessions/clock";
import { phaseTitle, planMinutes } from "@/lib/sessions/plan";
import { listSessionsForUser } from "@/lib/sessions/queries";
import type { SessionListItem } from "@/lib/sessions/schemas";

export const metadata: Metadata = { title: "Practice" };


function progress(session: SessionListItem, now: number) {
  const phase = session.plan[Math.min(session.advances, session.plan.length - 1)]!;
  return { phase: phaseTitle(phase.key), remaining: session.startedAt + planMinutes(session.plan) * 60_000 - now };
}

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
          <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-slate-600">Nothing in progress.</p>
        ) : (
          <ul className="space-y-3">
            {unfinished.map((session) => {
              const { phase, remaining } = progress(session, now);
              return (
                <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                  <div>
                    <p className="font-semibold">{session.question.title}</p>
                    <p className="text-sm text-slate-600">
                      {session.mode === "peer" ? `Peer interview, you are the ${session.role} · ` : ""}
                      {session.status === "lobby" ? (
                        "waiting in the lobby for the interviewer to start"
                      ) : (
                        <>
                          Started {formatDateTime(session.startedAt)} · now in {phase} ·{" "}
                          {remaining >= 0 ? `${formatDuration(remaining)} left` : `${formatDuration(-remaining)} over time`}
                        </>
                      )}
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    <Link href={`/practice/${session.id}`} className={buttonStyles.primary} aria-label={`Resume ${session.question.title}`}>
                      Resume
                    </Link>
                    {session.mode === "solo" || session.role === "interviewer" ? <AbandonButton sessionId={session.id} title={session.question.title} /> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="finished">
        <h2 id="finished" className="mb-3 text-lg font-semibold">
          Recently finished
        </h2>
        {finished.length === 0 ? (
          <p className="text-slate-600">Finished sessions appear here.</p>
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
