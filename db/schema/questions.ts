import { sql } from "drizzle-orm";
import { customType, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { QuestionBody } from "@/lib/questions/schemas";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const questions = pgTable(
  "questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    difficulty: text("difficulty", { enum: ["easy", "medium", "hard"] }).notNull(),
    summary: text("summary").notNull(),
    tags: text("tags").array().notNull(),
    companies: text("companies").array().notNull(),
    /** The parsed, validated Markdown sections of content/questions/<slug>.md. */
    body: jsonb("body").$type<QuestionBody>().notNull(),
    /** Plain text the search vector is built from, besides title and summary. */
    searchText: text("search_text").notNull(),
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', search_text), 'C')`,
      ),
    /** Small vector (title, summary) used only to rank matches: ranking the full vector is slow. */
    rankVector: tsvector("rank_vector")
      .notNull()
      .generatedAlwaysAs(sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')`),
    /** sha256 of the source file; unchanged files are not rewritten on import. */
    contentHash: text("content_hash").notNull(),
    /** Set when the file disappears from content/; kept so past sessions still resolve. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("questions_search_idx").using("gin", table.searchVector),
    index("questions_tags_idx").using("gin", table.tags),
    index("questions_companies_idx").using("gin", table.companies),
    index("questions_difficulty_title_idx").on(table.difficulty, table.title),
    index("questions_title_idx").on(table.title),
  ],
);

/**
 * Every distinct word of the bank (title, summary and search text, unstemmed), rebuilt on each
 * import. Search corrects a misspelt word to its nearest neighbours here by trigram similarity.
 */
export const questionTerms = pgTable(
  "question_terms",
  { word: text("word").primaryKey() },
  (table) => [index("question_terms_word_trgm_idx").using("gin", sql`${table.word} gin_trgm_ops`)],
);
