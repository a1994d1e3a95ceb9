import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, practiceSessions, questions, sessionParticipants } from "@/db/schema";
import type { QuestionStats } from "./schemas";

export type { QuestionStats };

/** A user's finished attempts and best self-graded overall score, per question they practised. */
export async function getQuestionStats(db: Db, userId: string): Promise<QuestionStats> {
  const rows = await db
    .select({
      slug: questions.slug,
      attempts: sql<number>`count(distinct ${practiceSessions.id})`.mapWith(Number),
      bestScore: sql<number | null>`max(${grades.overallScore})`,
    })
    .from(practiceSessions)
    .innerJoin(
      sessionParticipants,
      and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId), eq(sessionParticipants.role, "candidate")),
    )
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .leftJoin(grades, and(eq(grades.sessionId, practiceSessions.id), eq(grades.graderId, userId), eq(grades.kind, "self")))
    .where(eq(practiceSessions.status, "finished"))
    .groupBy(questions.slug);
  return Object.fromEntries(rows.map((row) => [row.slug, { attempts: row.attempts, bestScore: row.bestScore === null ? null : Number(row.bestScore) }]));
}
