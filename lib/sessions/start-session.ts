import { and, arrayContains, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions, questions, sessionParticipants, userSettings } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import type { StartSessionInput } from "./schemas";
import { touchUserData } from "@/lib/users/touch-user-data";

async function pickQuestion(db: Db, input: StartSessionInput): Promise<string> {
  const filters: SQL[] = [isNull(questions.retiredAt)];
  if (input.questionSlug) filters.push(eq(questions.slug, input.questionSlug));
  if (input.difficulty) filters.push(eq(questions.difficulty, input.difficulty));
  if (input.tag) filters.push(arrayContains(questions.tags, [input.tag]));
  const [row] = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(...filters))
    .orderBy(sql`random()`)
    .limit(1);
  if (!row) {
    throw input.questionSlug
      ? new AppError("NOT_FOUND", "That question was not found.")
      : new AppError("BAD_REQUEST", "No question matches those filters. Loosen them and try again.");
  }
  return row.id;
}

/** Starts a solo session (the user is its only participant, as the candidate); the clock starts now. */
export async function startSession(db: Db, userId: string, input: StartSessionInput): Promise<{ id: string }> {
  const questionId = await pickQuestion(db, input);
  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(practiceSessions)
      .values({ questionId, plan: input.plan, createdBy: userId, mode: "solo", targetLevel: input.targetLevel ?? null })
      .returning({ id: practiceSessions.id });
    await tx.insert(sessionParticipants).values({ sessionId: session!.id, userId, role: "candidate" });
    await touchUserData(tx as unknown as Db, userId);
    if (input.saveAsDefault) {
      await tx
        .insert(userSettings)
        .values({ userId, defaultPlan: input.plan })
        .onConflictDoUpdate({ target: userSettings.userId, set: { defaultPlan: input.plan, updatedAt: sql`now()` } });
    }
    return { id: session!.id };
  });
}
