import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessionParticipants } from "@/db/schema";
import { forbidden } from "@/lib/http/errors";
import { sessionChanged, type SessionEvent } from "./domain-events";
import { canSwapSeats } from "./permissions";
import { runSessionVerb } from "./run-verb";

/**
 * Exchanges the interviewer and candidate seats while the round waits in its lobby (one person
 * alone switches seat). Whoever leaves the interviewer seat loses its channel at once.
 */
export async function swapSeats(db: Db, sessionId: string, userId: string): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, access }) => {
    if (!canSwapSeats(access)) throw forbidden("Seats can be swapped only before the clock starts, by the interviewer or the candidate.");
    const seated = await tx
      .select({ userId: sessionParticipants.userId, role: sessionParticipants.role })
      .from(sessionParticipants)
      .where(and(eq(sessionParticipants.sessionId, sessionId), inArray(sessionParticipants.role, ["interviewer", "candidate"])));
    const events: SessionEvent[] = [];
    for (const person of seated) {
      const role = person.role === "interviewer" ? "candidate" : "interviewer";
      await tx
        .update(sessionParticipants)
        .set({ role })
        .where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.userId, person.userId)));
      events.push({ type: "role.changed", sessionId, userId: person.userId });
    }
    return { result: undefined, events: [...events, sessionChanged(sessionId)] };
  });
}
