-- Trigram similarity for typo-tolerant search (a contrib extension both PostgreSQL and PGlite ship).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "question_terms" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "question_terms_word_trgm_idx" ON "question_terms" USING gin ("word" gin_trgm_ops);
--> statement-breakpoint
-- The words of the questions already imported; later imports rebuild the table themselves.
INSERT INTO "question_terms" ("word")
SELECT word FROM ts_stat($$SELECT to_tsvector('simple', title || ' ' || summary || ' ' || search_text) FROM questions WHERE retired_at IS NULL$$)
WHERE word ~ '^[[:alnum:]]+$';
