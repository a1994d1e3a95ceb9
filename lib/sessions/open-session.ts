import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { notFound } from "@/lib/http/errors";
import { computeClock } from "./clock";
import { canEditSession } from "./permissions";
import { getSessionForParticipant, type StoredSession } from "./queries";
import type { SessionSnapshot } from "./schemas";
import { touchSessionParticipants } from "@/lib/users/touch-user-data";

export const clockFacts = (session: StoredSession) => ({
  startedAt: session.startedAt.getTime(),
  plan: session.plan,
  advances: session.advances.map((at) => at.getTime()),
  finishedAt: session.finishedAt?.getTime() ?? null,
});

/**
 * Loads a session for one of its participants (404 for anyone else) and, if its time ran out
 * while nobody was watching, records that it finished at the moment it should have.
 */
export async function openSession(db: Db, sessionId: string, userId: string, now = Date.now()): Promise<StoredSession> {
  const session = await getSessionForParticipant(db, sessionId, userId);
  if (!session) throw notFound("That session");
  if (session.status !== "active") return session;
  const { autoFinishAt } = computeClock(clockFacts(session), now);
  if (now < autoFinishAt) return session;
  const [settled] = await db
    .update(practiceSessions)
    .set({ status: "finished", finishedAt: sql`to_timestamp(${autoFinishAt / 1000})` })
    .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.status, "active")))
    .returning({ finishedAt: practiceSessions.finishedAt });
  if (settled) await touchSessionParticipants(db, sessionId);
  return settled ? { ...session, status: "finished", finishedAt: settled.finishedAt } : ((await getSessionForParticipant(db, sessionId, userId)) ?? session);
}

export function toSnapshot(session: StoredSession, now = Date.now()): SessionSnapshot {
  const facts = clockFacts(session);
  return {
    id: session.id,
    status: session.status,
    mode: session.mode,
    role: session.role,
    plan: session.plan,
    startedAt: facts.startedAt,
    advances: facts.advances,
    finishedAt: facts.finishedAt,
    serverNow: now,
    readOnly: !canEditSession(session),
    question: session.question,
  };
}
