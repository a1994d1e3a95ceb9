import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

const MAX_WORDS = 12;
/** Below this trigram similarity a bank word is not offered as what the user meant. */
const MIN_SIMILARITY = 0.4;
/** How many near words stand in for one the bank does not have. */
const NEAR_WORDS = 3;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** The words of free text, lowercased: only letters and digits survive, so nothing typed can change a query's syntax. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? [];
}

/** One typed word and what it is searched as: itself, or the bank's nearest words when it has no word starting so. */
export type ResolvedWord = { typed: string; searchedAs: string[] };

/**
 * Resolves typos against the bank's own vocabulary (question_terms) by trigram similarity, in
 * one round trip: "twiter" becomes "twitter", while "shor" stays as typed because words start so.
 */
export async function resolveSearchWords(db: Db, words: string[]): Promise<ResolvedWord[]> {
  if (words.length === 0) return [];
  const result = await db.execute(sql`
    select w.word,
      exists (select 1 from question_terms t where t.word like w.word || '%') as known,
      array(
        select t.word from question_terms t
        where length(w.word) >= 3 and t.word % w.word and similarity(t.word, w.word) >= ${MIN_SIMILARITY}
        order by similarity(t.word, w.word) desc, t.word
        limit ${NEAR_WORDS}
      ) as near
    from unnest(${sql.param(words)}::text[]) with ordinality as w(word, ord)
    order by w.ord`);
  const rows = (result as unknown as { rows: { word: string; known: boolean; near: string[] }[] }).rows;
  return rows.map((row) => {
    const near = row.near.filter((word) => PLAIN_WORD.test(word));
    return { typed: row.word, searchedAs: row.known || near.length === 0 ? [row.word] : near };
  });
}

/** A prefix tsquery: every typed word must match, through any of the words it is searched as. */
export function toTsQuery(words: ResolvedWord[]): string | undefined {
  if (words.length === 0) return undefined;
  return words
    .map(({ searchedAs }) => (searchedAs.length === 1 ? `${searchedAs[0]}:*` : `(${searchedAs.map((word) => `${word}:*`).join(" | ")})`))
    .join(" & ");
}

/** What the search ran as, when a typo was corrected ("twiter feed" -> "twitter feed"), else undefined. */
export function correctedText(words: ResolvedWord[]): string | undefined {
  if (words.every(({ typed, searchedAs }) => searchedAs.length === 1 && searchedAs[0] === typed)) return undefined;
  return words.map(({ searchedAs }) => searchedAs[0]).join(" ");
}

/** Rebuilds question_terms from the questions in the bank now (inside the import's transaction). */
export async function rebuildSearchTerms(tx: Db): Promise<void> {
  await tx.execute(sql`delete from question_terms`);
  await tx.execute(sql`
    insert into question_terms (word)
    select word from ts_stat($$select to_tsvector('simple', title || ' ' || summary || ' ' || search_text) from questions where retired_at is null$$)
    where word ~ '^[[:alnum:]]+$'`);
}
