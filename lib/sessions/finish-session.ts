import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions, sessionPauses } from "@/db/schema";
import { forbidden } from "@/lib/http/errors";
import { checkpointSessionSoon } from "./document/checkpoint";
import { canFinish } from "./permissions";
import { requireActive } from "./require-active";
import { runSessionVerb } from "./run-verb";

/**
 * Ends a session now; it becomes read-only and ready for grading. A running pause ends with it.
 * Its documents are checkpointed afterwards, in the background.
 */
export async function finishSession(db: Db, sessionId: string, userId: string): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (session.status === "finished") return { result: undefined, events: [] };
    requireActive(session);
    if (!canFinish(access)) throw forbidden("Only the interviewer can finish the interview.");
    await tx
      .update(practiceSessions)
      .set({ status: "finished", finishedAt: sql`clock_timestamp()` })
      .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.status, "active")));
    await tx
      .update(sessionPauses)
      .set({ resumedAt: sql`clock_timestamp()` })
      .where(and(eq(sessionPauses.sessionId, sessionId), sql`${sessionPauses.resumedAt} is null`));
    return { result: undefined };
  });
  checkpointSessionSoon(db, sessionId); // after the commit, off this request: the final state, ready for every later cold load
}
