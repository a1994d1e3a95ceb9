import { rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questions } from "@/db/schema";
import { loadQuestions } from "@/lib/content/load-questions";
import { importQuestionBank } from "@/lib/questions/import-question-bank";
import { getQuestionBySlug, listQuestions } from "@/lib/questions/queries";
import { readQuestionReference } from "@/lib/questions/read-reference";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";
import { contentFixture, editQuestion } from "../factories/content";
import { backends, createTestDb, type TestDb } from "../factories/test-db";

const SIX = ["url-shortener", "rate-limiter", "web-crawler", "news-feed", "chat-messenger", "ride-hailing"];
const query = (input: Record<string, string> = {}) => listQuestionsQuerySchema.parse(input);

describe.each(backends())("question bank on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
  });
  afterAll(async () => {
    await db.drop();
  });

  const count = async () => (await db.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(questions))[0]!.n;

  it("imports the bank, leaves unchanged files alone, updates changed ones and retires removed ones", async () => {
    const dir = contentFixture(SIX);
    expect(await importQuestionBank(db.db, await loadQuestions(dir))).toEqual({ inserted: 6, updated: 0, unchanged: 0, retired: 0 });
    expect(await importQuestionBank(db.db, await loadQuestions(dir))).toEqual({ inserted: 0, updated: 0, unchanged: 6, retired: 0 });

    editQuestion(dir, "news-feed", (source) => source.replace(/^title: .*$/m, "title: Design a news feed (edited)"));
    expect(await importQuestionBank(db.db, await loadQuestions(dir))).toEqual({ inserted: 0, updated: 1, unchanged: 5, retired: 0 });
    expect((await getQuestionBySlug(db.db, "news-feed"))?.title).toBe("Design a news feed (edited)");

    rmSync(path.join(dir, "questions", "ride-hailing.md"));
    editQuestion(dir, "chat-messenger", (source) => source.replace(/^related: .*$/m, "related: [news-feed]"));
    const summary = await importQuestionBank(db.db, await loadQuestions(dir));
    expect(summary.retired).toBe(1);
    expect(await getQuestionBySlug(db.db, "ride-hailing")).toBeUndefined();
    expect((await listQuestions(db.db, query())).total).toBe(5);

    // Putting the file back brings the question back.
    const restored = await importQuestionBank(db.db, await loadQuestions(contentFixture(SIX)));
    expect(restored.updated).toBeGreaterThanOrEqual(1);
    expect((await listQuestions(db.db, query())).total).toBe(6);
  });

  it("filters by difficulty, topic and company, and pages", async () => {
    const hard = await listQuestions(db.db, query({ difficulty: "hard" }));
    expect(hard.items.map((q) => q.slug).sort()).toEqual(["chat-messenger", "ride-hailing", "web-crawler"]);
    const geo = await listQuestions(db.db, query({ tag: "geo" }));
    expect(geo.items.map((q) => q.slug)).toEqual(["ride-hailing"]);
    const meta = await listQuestions(db.db, query({ company: "meta", difficulty: "medium" }));
    expect(meta.items.map((q) => q.slug)).toEqual(["news-feed"]);

    const first = await listQuestions(db.db, query({ pageSize: "4" }));
    const second = await listQuestions(db.db, query({ pageSize: "4", page: "2" }));
    expect(first).toMatchObject({ total: 6, pageCount: 2 });
    expect(first.items).toHaveLength(4);
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((q) => q.slug)).size).toBe(6);
    // Easy first, then medium, then hard.
    expect(first.items[0]!.difficulty).toBe("easy");
    const beyond = await listQuestions(db.db, query({ pageSize: "4", page: "9" }));
    expect(beyond).toMatchObject({ items: [], total: 6 });
  });

  it("finds questions by full-text search, including word prefixes and stems", async () => {
    const shortener = await listQuestions(db.db, query({ q: "shorten" }));
    expect(shortener.items[0]?.slug).toBe("url-shortener");
    const prefix = await listQuestions(db.db, query({ q: "crawl" }));
    expect(prefix.items.map((q) => q.slug)).toContain("web-crawler");
    const both = await listQuestions(db.db, query({ q: "ride hail" }));
    expect(both.items.map((q) => q.slug)).toEqual(["ride-hailing"]);
  });

  it("tolerates typos, searches the reference answer, and ranks a title match above a body match", async () => {
    const typo = await listQuestions(db.db, query({ q: "twiter" }));
    expect(typo.items[0]?.slug).toBe("news-feed");
    expect(typo.searchedFor).toBe("twitter");
    const misspelt = await listQuestions(db.db, query({ q: "url shortner" }));
    expect(misspelt.items[0]?.slug).toBe("url-shortener");
    // Words typed correctly run as typed, with no "showing results for".
    expect((await listQuestions(db.db, query({ q: "shorten" }))).searchedFor).toBeUndefined();
    // "bloom" is only in the web crawler's deep dives (its Bloom filter of seen URLs).
    const bloom = await listQuestions(db.db, query({ q: "bloom" }));
    expect(bloom.items.map((q) => q.slug)).toContain("web-crawler");
    // "crawler" is in the web crawler's title and in other answers' text: the title wins.
    const crawler = await listQuestions(db.db, query({ q: "crawler" }));
    expect(crawler.items[0]?.slug).toBe("web-crawler");
    // A word nothing resembles still finds nothing.
    expect((await listQuestions(db.db, query({ q: "zqxjvw" }))).total).toBe(0);
  });

  it("treats SQL and HTML in search as plain words", async () => {
    for (const q of ["'; drop table questions; --", "<script>alert(1)</script>", "a & | ! :* ()", "%_\\"]) {
      const result = await listQuestions(db.db, query({ q }));
      expect(Array.isArray(result.items)).toBe(true);
    }
    expect(await count()).toBeGreaterThanOrEqual(6);
  });

  it("returns a question's public side by slug and its answer side only from the reference", async () => {
    const question = await getQuestionBySlug(db.db, "rate-limiter");
    expect(Object.keys(question!.body).sort()).toEqual(["phasePrompts", "related", "statement"]);
    expect(JSON.stringify(question)).not.toContain(JSON.stringify(await readQuestionReference(db.db, "rate-limiter", null)).slice(2, 40));
    const reference = await readQuestionReference(db.db, "rate-limiter", null);
    expect(reference.deepDives.length).toBeGreaterThanOrEqual(3);
    expect(reference.keyPoints.clarify.length).toBeGreaterThanOrEqual(5);
    expect(reference.interviewerGuide.hints.length).toBeGreaterThanOrEqual(3);
    expect(reference).not.toHaveProperty("statement");
    expect(await getQuestionBySlug(db.db, "no-such-question")).toBeUndefined();
    await expect(readQuestionReference(db.db, "no-such-question", null)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
