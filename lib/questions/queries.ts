import { AppError } from "@/lib/http/errors";
import { and, arrayContains, asc, desc, eq, inArray, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { questions } from "@/db/schema";
import { correctedText, resolveSearchWords, searchWords, toTsQuery } from "./search-words";
import type { ListQuestionsQuery, QuestionDetail, QuestionListItem, QuestionPage } from "./schemas";

const difficultyOrder = sql`array_position(array['easy','medium','hard']::text[], ${questions.difficulty})`;

/** Only these questions (`in`), or all but these (`notIn`): the user's own practice, resolved by the caller. */
export type SlugScope = { in: string[] } | { notIn: string[] };

export async function listQuestions(db: Db, query: ListQuestionsQuery, scope?: SlugScope): Promise<QuestionPage> {
  const filters: SQL[] = [isNull(questions.retiredAt)];
  if (query.difficulty) filters.push(eq(questions.difficulty, query.difficulty));
  if (query.tag) filters.push(arrayContains(questions.tags, [query.tag]));
  if (query.company) filters.push(arrayContains(questions.companies, [query.company]));
  if (scope && "in" in scope) filters.push(scope.in.length ? inArray(questions.slug, scope.in) : sql`false`);
  if (scope && "notIn" in scope && scope.notIn.length) filters.push(notInArray(questions.slug, scope.notIn));
  const words = query.q ? await resolveSearchWords(db, searchWords(query.q)) : [];
  const tsQuery = toTsQuery(words);
  const match = tsQuery ? sql`to_tsquery('english', ${tsQuery})` : undefined;
  if (query.q) filters.push(match ? sql`${questions.searchVector} @@ ${match}` : sql`false`);

  // A match in the title or summary (the small rank vector) ranks above one only in the body.
  const order = match
    ? [desc(sql`ts_rank(${questions.rankVector}, ${match})`), asc(questions.title)]
    : [asc(difficultyOrder), asc(questions.title)];

  const rows = await db
    .select({
      slug: questions.slug,
      title: questions.title,
      difficulty: questions.difficulty,
      summary: questions.summary,
      tags: questions.tags,
      companies: questions.companies,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(questions)
    .where(and(...filters))
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  const total = rows[0]?.total ?? (query.page > 1 ? await countQuestions(db, filters) : 0);
  const items: QuestionListItem[] = rows.map(({ total: _total, ...row }) => row);
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    ...(correctedText(words) ? { searchedFor: correctedText(words) } : {}),
  };
}

async function countQuestions(db: Db, filters: SQL[]): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(questions)
    .where(and(...filters));
  return row?.count ?? 0;
}

/** A question as anyone may read it: its statement and phase prompts, not its answer side (see read-reference.ts). */
export async function getQuestionBySlug(db: Db, slug: string): Promise<QuestionDetail | undefined> {
  const [row] = await db
    .select({
      slug: questions.slug,
      title: questions.title,
      difficulty: questions.difficulty,
      summary: questions.summary,
      tags: questions.tags,
      companies: questions.companies,
      body: questions.body,
    })
    .from(questions)
    .where(and(eq(questions.slug, slug), isNull(questions.retiredAt)))
    .limit(1);
  if (!row) return undefined;
  const { statement, phasePrompts, related } = row.body;
  return { ...row, body: { statement, phasePrompts, related } };
}

export async function getQuestionTitles(db: Db, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .select({ slug: questions.slug, title: questions.title })
    .from(questions)
    .where(and(sql`${questions.slug} = any(${sql.param(slugs)}::text[])`, isNull(questions.retiredAt)));
  return new Map(rows.map((row) => [row.slug, row.title]));
}

export type QuestionChoice = { slug: string; title: string; difficulty: "easy" | "medium" | "hard" };

/** Every question in the bank by title, for pickers (the peer room's question, the next round's). */
export async function listQuestionChoices(db: Db): Promise<QuestionChoice[]> {
  return db
    .select({ slug: questions.slug, title: questions.title, difficulty: questions.difficulty })
    .from(questions)
    .where(isNull(questions.retiredAt))
    .orderBy(questions.title);
}

/** The id of a question still in the bank, or a 404 naming it. */
export async function requireActiveQuestionId(db: Db, slug: string): Promise<string> {
  const [row] = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.slug, slug), isNull(questions.retiredAt)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "That question was not found.");
  return row.id;
}
