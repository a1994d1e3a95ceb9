import type { DbHandle } from "@/db/client";
import { loadQuestions } from "@/lib/content/load-questions";
import { importQuestionBank, type ImportSummary } from "@/lib/questions/import-question-bank";

/** Applies migrations, then loads the question bank from content/ (all or nothing). */
export async function prepareDatabase(handle: DbHandle, contentDir?: string): Promise<ImportSummary> {
  await handle.migrate();
  const questions = await loadQuestions(contentDir);
  return importQuestionBank(handle.db, questions);
}
