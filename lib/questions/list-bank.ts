import type { Db } from "@/db/client";
import { AppError } from "@/lib/http/errors";
import { practiceScope } from "./practice-scope";
import { listQuestions } from "./queries";
import type { ListQuestionsQuery, QuestionPage } from "./schemas";

export const SIGN_IN_TO_FILTER = "Sign in to filter the bank by your own practice.";

/** One page of the bank for whoever is asking (null: signed out); a practice filter needs a user. */
export async function listBank(db: Db, query: ListQuestionsQuery, userId: string | null): Promise<QuestionPage> {
  if (!query.practice) return listQuestions(db, query);
  if (!userId) throw new AppError("UNAUTHORIZED", SIGN_IN_TO_FILTER);
  return listQuestions(db, query, await practiceScope(db, userId, query.practice));
}
