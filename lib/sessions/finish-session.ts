import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { openSession } from "./open-session";
import type { StoredSession } from "./queries";
import { requireActive } from "./require-active";
import { touchSessionParticipants } from "@/lib/users/touch-user-data";

/** Ends a session now; it becomes read-only and ready for grading. */
export async function finishSession(db: Db, sessionId: string, userId: string): Promise<StoredSession> {
  const session = await openSession(db, sessionId, userId);
  if (session.status === "finished") return session;
  requireActive(session);
  await db
    .update(practiceSessions)
    .set({ status: "finished", finishedAt: sql`clock_timestamp()` })
    .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.status, "active")));
  await touchSessionParticipants(db, sessionId);
  return openSession(db, sessionId, userId);
}
