import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions, questions, sessionParticipants } from "@/db/schema";
import { forbidden, notFound } from "@/lib/http/errors";
import type { QuestionReference } from "./schemas";

/**
 * The live peer round (lobby or running) in which this user is the candidate or an observer of
 * this question, if there is one. While it lasts, the question's answer side stays hidden from
 * them everywhere, as it is in the room itself.
 */
export async function liveRoundHidingReference(db: Db, userId: string, questionId: string): Promise<{ sessionId: string } | null> {
  const [row] = await db
    .select({ sessionId: practiceSessions.id })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, practiceSessions.id))
    .where(
      and(
        eq(practiceSessions.questionId, questionId),
        eq(practiceSessions.mode, "peer"),
        inArray(practiceSessions.status, ["lobby", "active"]),
        eq(sessionParticipants.userId, userId),
        inArray(sessionParticipants.role, ["candidate", "observer"]),
      ),
    )
    .limit(1);
  return row ?? null;
}

export const REFERENCE_HIDDEN =
  "The reference answer is hidden while you are the candidate or an observer in a live mock interview on this problem. It comes back when the round finishes.";

/**
 * A question's answer side (key points, worked estimate, deep dives, trade-offs, interviewer
 * guide, sources) for one reader. Signed-out readers get it like anyone; a signed-in candidate
 * or observer of a live round on the question is refused with a message saying why.
 */
export async function readQuestionReference(db: Db, slug: string, readerId: string | null): Promise<QuestionReference> {
  const [row] = await db
    .select({ id: questions.id, body: questions.body })
    .from(questions)
    .where(and(eq(questions.slug, slug), isNull(questions.retiredAt)))
    .limit(1);
  if (!row) throw notFound("That question");
  if (readerId && (await liveRoundHidingReference(db, readerId, row.id))) throw forbidden(REFERENCE_HIDDEN);
  const { statement: _statement, phasePrompts: _prompts, related: _related, ...reference } = row.body;
  return reference;
}
