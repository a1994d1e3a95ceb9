import type { Db } from "@/db/client";

export type QuestionStats = Record<string, { attempts: number; bestScore: number | null }>;

/**
 * A user's attempts and best overall score per question, from their finished practice sessions.
 * Practice sessions do not exist yet (they come with timed solo practice), so every user has
 * none; this is where that query will live.
 */
export async function getQuestionStats(_db: Db, _userId: string): Promise<QuestionStats> {
  return {};
}
