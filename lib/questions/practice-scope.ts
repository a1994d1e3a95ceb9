import type { Db } from "@/db/client";
import { listFinishedPractice } from "@/lib/readiness/practice-history";
import { reviewPriority, summarizePractice } from "@/lib/readiness/recommend";
import type { SlugScope } from "./queries";
import type { PracticeFilter } from "./taxonomy";

/**
 * The questions a practice filter keeps, for one user: those they finished as the candidate
 * (attempted), the rest (not attempted), or those spaced repetition says are due again (to
 * review, the same rule as readiness's recommendations).
 */
export async function practiceScope(db: Db, userId: string, filter: PracticeFilter, nowMs = Date.now()): Promise<SlugScope> {
  const practised = summarizePractice(await listFinishedPractice(db, userId, undefined, nowMs), []);
  const slugs = practised.map((question) => question.slug);
  if (filter === "attempted") return { in: slugs };
  if (filter === "not_attempted") return { notIn: slugs };
  return { in: practised.filter((question) => reviewPriority(question, nowMs) >= 1).map((question) => question.slug) };
}
