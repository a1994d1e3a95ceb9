import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessionPauses } from "@/db/schema";
import { forbidden } from "@/lib/http/errors";
import { canPause } from "./permissions";
import { requireActive } from "./require-active";
import { runSessionVerb } from "./run-verb";

/** Pauses or resumes a peer round's clock; each pause is stored, so the clock stays a function of facts. */
export async function setPaused(db: Db, sessionId: string, userId: string, paused: boolean): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    requireActive(session);
    if (!canPause(access)) throw forbidden("Only the interviewer can pause or resume the clock.");
    if (paused === Boolean(access.paused)) return { result: undefined, events: [] };
    if (paused) await tx.insert(sessionPauses).values({ sessionId });
    else {
      await tx
        .update(sessionPauses)
        .set({ resumedAt: sql`clock_timestamp()` })
        .where(and(eq(sessionPauses.sessionId, sessionId), isNull(sessionPauses.resumedAt)));
    }
    return { result: undefined };
  });
}
