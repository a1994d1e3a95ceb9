import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import { checkpointSessionSoon } from "./document/checkpoint";
import { canAbandon } from "./permissions";
import { runSessionVerb } from "./run-verb";

/** Gives up an unfinished session (or a peer round still in its lobby); it is never graded. */
export async function abandonSession(db: Db, sessionId: string, userId: string): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (session.status === "finished" || session.status === "abandoned") {
      throw new AppError("CONFLICT", session.status === "abandoned" ? "This session was abandoned." : "This session has finished; it can be reviewed but no longer changed.");
    }
    if (!canAbandon(access)) throw forbidden("Only the interviewer can call off this interview.");
    await tx
      .update(practiceSessions)
      .set({ status: "abandoned", finishedAt: sql`clock_timestamp()` })
      .where(and(eq(practiceSessions.id, sessionId), inArray(practiceSessions.status, ["lobby", "active"])));
    return { result: undefined };
  });
  checkpointSessionSoon(db, sessionId); // after the commit, in the background: the review opens from it
}
