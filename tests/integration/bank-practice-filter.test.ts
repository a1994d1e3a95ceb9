import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadQuestions } from "@/lib/content/load-questions";
import { importQuestionBank } from "@/lib/questions/import-question-bank";
import { listBank, SIGN_IN_TO_FILTER } from "@/lib/questions/list-bank";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";
import { contentFixture } from "../factories/content";
import { createRecordedSession, seedHistoryRubric } from "../factories/history";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

const DAY = 86_400_000;
const query = (input: Record<string, string> = {}) => listQuestionsQuerySchema.parse(input);
const slugs = (page: { items: { slug: string }[] }) => page.items.map((q) => q.slug).sort();
const levels = (level: number) => ({ requirements: level, estimation: level, high_level_design: level, deep_dive: level, trade_offs: level, communication: level });

describe.each(backends())("the bank filtered by the user's own practice on %s", (backend) => {
  let db: TestDb;
  let user: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    db = await createTestDb(backend);
    await importQuestionBank(db.db, await loadQuestions(contentFixture(["url-shortener", "rate-limiter", "web-crawler", "news-feed"])));
    await seedHistoryRubric(db.db);
    user = await createUser(db.db);
    other = await createUser(db.db);
    // Practised long ago and weakly: due again. Practised yesterday and strongly: not due yet.
    await createRecordedSession(db.db, user.id, { question: "url-shortener", startedAt: new Date(Date.now() - 30 * DAY), selfGrade: { levels: levels(2), overallScore: 2 } });
    await createRecordedSession(db.db, user.id, { question: "rate-limiter", startedAt: new Date(Date.now() - DAY), selfGrade: { levels: levels(4), overallScore: 4 } });
    // Abandoned and in-progress sessions are not attempts; another user's practice is not theirs.
    await createRecordedSession(db.db, user.id, { question: "web-crawler", startedAt: new Date(Date.now() - DAY), status: "abandoned" });
    await createRecordedSession(db.db, other.id, { question: "news-feed", startedAt: new Date(Date.now() - 30 * DAY) });
  });
  afterAll(async () => {
    await db.drop();
  });

  it("keeps the questions the user finished, the ones they did not, and the ones due for review", async () => {
    expect(slugs(await listBank(db.db, query({ practice: "attempted" }), user.id))).toEqual(["rate-limiter", "url-shortener"]);
    expect(slugs(await listBank(db.db, query({ practice: "not_attempted" }), user.id))).toEqual(["news-feed", "web-crawler"]);
    expect(slugs(await listBank(db.db, query({ practice: "to_review" }), user.id))).toEqual(["url-shortener"]);
    expect(slugs(await listBank(db.db, query({ practice: "attempted" }), other.id))).toEqual(["news-feed"]);
  });

  it("combines with the other filters and with search", async () => {
    // The URL shortener's answer mentions rate limits too; the rate limiter's title ranks it first.
    const found = await listBank(db.db, query({ practice: "attempted", q: "rate limit" }), user.id);
    expect(found.items[0]?.slug).toBe("rate-limiter");
    expect(slugs(await listBank(db.db, query({ practice: "to_review", q: "rate limit" }), user.id))).toEqual(["url-shortener"]);
    expect(slugs(await listBank(db.db, query({ practice: "not_attempted", q: "shorten" }), user.id))).toEqual([]);
  });

  it("asks a signed-out visitor to sign in, and refuses an unknown filter with a readable message", async () => {
    await expect(listBank(db.db, query({ practice: "attempted" }), null)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: SIGN_IN_TO_FILTER });
    const bad = listQuestionsQuerySchema.safeParse({ practice: "favourites" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("must be attempted, not_attempted or to_review");
    // An empty value is no filter at all, as a GET form sends it.
    expect((await listBank(db.db, query({ practice: "" }), null)).total).toBe(4);
  });
});
