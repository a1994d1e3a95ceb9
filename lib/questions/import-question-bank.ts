import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { questions } from "@/db/schema";
import type { ParsedQuestion } from "@/lib/content/parse-question";
import { rebuildSearchTerms } from "./search-words";

export type ImportSummary = { inserted: number; updated: number; unchanged: number; retired: number };

export const changed = (summary: ImportSummary) => summary.inserted + summary.updated + summary.retired > 0;

/**
 * Brings the questions table in line with the parsed content, in one transaction: new files are
 * inserted, changed files (by content hash) updated, unchanged files left alone, and questions
 * whose file is gone are retired rather than deleted.
 */
export async function importQuestionBank(db: Db, parsed: ParsedQuestion[]): Promise<ImportSummary> {
  const summary = await db.transaction((tx) => syncQuestions(tx as unknown as Db, parsed));
  if (changed(summary)) await analyzeQuestions(db);
  return summary;
}

/** Fresh statistics let the planner choose between the search index and a scan. */
export const analyzeQuestions = (db: Db) => db.execute(sql`analyze questions`);

/** The question part of an import, inside the caller's transaction. */
export async function syncQuestions(tx: Db, parsed: ParsedQuestion[]): Promise<ImportSummary> {
  {
    const existing = await tx
      .select({ slug: questions.slug, contentHash: questions.contentHash, retiredAt: questions.retiredAt })
      .from(questions);
    const bySlug = new Map(existing.map((row) => [row.slug, row]));
    const summary: ImportSummary = { inserted: 0, updated: 0, unchanged: 0, retired: 0 };

    for (const question of parsed) {
      const values = {
        slug: question.slug,
        title: question.title,
        difficulty: question.difficulty,
        summary: question.summary,
        tags: question.tags,
        companies: question.companies,
        body: question.body,
        searchText: question.searchText,
        contentHash: question.contentHash,
      };
      const current = bySlug.get(question.slug);
      bySlug.delete(question.slug);
      if (!current) {
        await tx.insert(questions).values(values);
        summary.inserted++;
      } else if (current.contentHash !== question.contentHash || current.retiredAt) {
        await tx
          .update(questions)
          .set({ ...values, retiredAt: null, updatedAt: sql`now()` })
          .where(eq(questions.slug, question.slug));
        summary.updated++;
      } else {
        summary.unchanged++;
      }
    }
    for (const gone of bySlug.values()) {
      if (gone.retiredAt) continue;
      await tx.update(questions).set({ retiredAt: sql`now()` }).where(eq(questions.slug, gone.slug));
      summary.retired++;
    }
    if (changed(summary)) await rebuildSearchTerms(tx);
    return summary;
  }
}
