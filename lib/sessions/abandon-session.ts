import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { openSession } from "./open-session";
import type { StoredSession } from "./queries";
import { requireActive } from "./require-active";
import { touchSessionParticipants } from "@/lib/users/touch-user-data";

/** Gives up an unfinished session; it leaves the resume list and is never graded. */
export async function abandonSession(db: Db, sessionId: string, userId: string): Promise<StoredSession> {
  const session = await openSession(db, sessionId, userId);
  requireActive(session);
  await db
    .update(practiceSessions)
    .set({ status: "abandoned", finishedAt: sql`clock_timestamp()` })
    .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.status, "active")));
  await touchSessionParticipants(db, sessionId);
  return openSession(db, sessionId, userId);
}
