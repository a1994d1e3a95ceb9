import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions, sessionParticipants } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import { canStart } from "./permissions";
import { runSessionVerb } from "./run-verb";

/** The interviewer's Start: the peer round leaves its lobby and its clock begins now. */
export async function startClock(db: Db, sessionId: string, userId: string): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (session.status === "active") return { result: undefined, events: [] }; // a second press
    if (session.status !== "lobby") throw new AppError("CONFLICT", "This interview is over; it cannot start again.");
    const [candidate] = await tx
      .select({ userId: sessionParticipants.userId })
      .from(sessionParticipants)
      .where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.role, "candidate")))
      .limit(1);
    if (!canStart(access, Boolean(candidate))) {
      throw forbidden(access.role !== "interviewer" ? "Only the interviewer starts the clock." : "The candidate has not joined yet. Send them the invite link.");
    }
    await tx
      .update(practiceSessions)
      .set({ status: "active", startedAt: sql`clock_timestamp()` })
      .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.status, "lobby")));
    return { result: undefined };
  });
}
