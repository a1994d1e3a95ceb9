import { eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requireActiveQuestionId } from "@/lib/questions/queries";
import { practiceSessions, sessionParticipants } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import { sessionChanged } from "./domain-events";
import { canStartNextRound } from "./permissions";
import { runSessionVerb } from "./run-verb";
import type { Role } from "./schemas";

const SWAPPED: Record<Role, Role> = { interviewer: "candidate", candidate: "interviewer", observer: "observer" };

/**
 * "Swap roles": the room's next round, with the same people and the interviewer and candidate
 * exchanged, waiting in its lobby. Its new interviewer (this round's candidate) picks the question.
 */
export async function startNextRound(db: Db, sessionId: string, userId: string, input: { questionSlug: string; plan?: unknown }): Promise<{ id: string }> {
  const questionId = await requireActiveQuestionId(db, input.questionSlug);
  return runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    const [latest] = await tx.select({ round: max(practiceSessions.round) }).from(practiceSessions).where(eq(practiceSessions.roomId, session.roomId!));
    const isLatest = latest?.round === session.round;
    if (!canStartNextRound(access, isLatest)) {
      if (!isLatest && access.mode === "peer") throw new AppError("CONFLICT", "The next round has already started.");
      throw forbidden(access.status === "finished" ? "The new interviewer (this round's candidate) picks the next question." : "Finish this round before swapping roles.");
    }
    const people = await tx
      .select({ userId: sessionParticipants.userId, role: sessionParticipants.role })
      .from(sessionParticipants)
      .where(eq(sessionParticipants.sessionId, sessionId));
    const [next] = await tx
      .insert(practiceSessions)
      .values({
        questionId,
        plan: (input.plan as typeof session.plan | undefined) ?? session.plan,
        createdBy: userId,
        mode: "peer",
        status: "lobby",
        roomId: session.roomId,
        round: session.round + 1,
      })
      .returning({ id: practiceSessions.id });
    await tx.insert(sessionParticipants).values(people.map((person) => ({ sessionId: next!.id, userId: person.userId, role: SWAPPED[person.role] })));
    return { result: { id: next!.id }, events: [sessionChanged(sessionId), sessionChanged(next!.id)] };
  });
}
