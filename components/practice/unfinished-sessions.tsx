import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatDateTime } from "@/lib/format/dates";
import { formatDuration } from "@/lib/sessions/clock";
import { phaseTitle, planMinutes } from "@/lib/questions/phases";
import type { SessionListItem } from "@/lib/sessions/schemas";
import { AbandonButton } from "./abandon-button";

function progress(session: SessionListItem, now: number) {
  const phase = session.plan[Math.min(session.advances, session.plan.length - 1)]!;
  return { phase: phaseTitle(phase.key), remaining: session.startedAt + planMinutes(session.plan) * 60_000 - now };
}

/** Sessions still in the lobby or running, each with Resume and (where the user may) Abandon. */
export function UnfinishedSessions({ sessions: unfinished, now }: { sessions: SessionListItem[]; now: number }) {
  return (
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
  );
}
