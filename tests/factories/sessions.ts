import type { Db } from "@/db/client";
import { importQuestionBank } from "@/lib/questions/import-question-bank";
import { loadQuestions } from "@/lib/content/load-questions";
import { DEFAULT_PLAN } from "@/lib/sessions/plan";
import { startSession } from "@/lib/sessions/start-session";
import { contentFixture } from "./content";

/** Loads two real questions into an empty test database. */
export async function seedQuestions(db: Db): Promise<void> {
  await importQuestionBank(db, await loadQuestions(contentFixture(["url-shortener", "rate-limiter"])));
}

export function startTestSession(db: Db, userId: string, questionSlug = "url-shortener", plan = DEFAULT_PLAN) {
  return startSession(db, userId, { questionSlug, plan, saveAsDefault: false });
}
