import { readdirSync } from "node:fs";
import path from "node:path";
import { isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklists, questions, roadmaps, rubricVersions } from "@/db/schema";
import { prepareDatabase } from "@/lib/boot/prepare-database";
import { getQuestionBySlug, listQuestions } from "@/lib/questions/queries";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";
import { editFile, fullContentFixture, REAL_CONTENT } from "../factories/content";
import { backends, createTestDb, type TestDb } from "../factories/test-db";

const questionFiles = readdirSync(path.join(REAL_CONTENT, "questions")).filter((name) => name.endsWith(".md")).length;

describe.each(backends())("importing content/ on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
  });
  afterAll(async () => {
    await db.drop();
  });

  const countRows = async (table: typeof questions | typeof checklists | typeof roadmaps | typeof rubricVersions) =>
    (await db.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table))[0]!.n;

  it("loads every question, the rubric, the checklists and the roadmaps, and the bank lists them", async () => {
    const summary = await prepareDatabase(db, fullContentFixture());
    expect(summary.questions.inserted).toBe(questionFiles);
    expect(summary.rubric).toEqual({ version: 2, status: "inserted" });
    expect(summary.checklists.inserted).toBeGreaterThanOrEqual(6);
    expect(summary.roadmaps.inserted).toBeGreaterThanOrEqual(4);
    expect((await listQuestions(db.db, listQuestionsQuerySchema.parse({ pageSize: "50" }))).total).toBe(questionFiles);
    // The first version stays beside the current one: grades given on it keep pointing at it.
    const stored = await db.db.select().from(rubricVersions).orderBy(rubricVersions.version);
    expect(stored.map((row) => row.version)).toEqual([1, 2]);
    expect(stored[0]!.body.dimensions.map((d) => d.key)).toEqual(["requirements", "estimation", "high_level_design", "deep_dive", "trade_offs", "communication"]);
    expect(stored[1]!.body.dimensions.map((d) => d.key)).toEqual(
      expect.arrayContaining(["requirements", "estimation", "high_level_design", "deep_dive", "trade_offs", "operational_excellence", "communication", "driving"]),
    );
    const kinds = (await db.db.select({ kind: checklists.kind }).from(checklists)).map((row) => row.kind);
    expect(new Set(kinds)).toEqual(new Set(["concepts", "problems", "stories", "final"]));
    expect((await db.db.select({ key: roadmaps.key }).from(roadmaps)).map((row) => row.key).sort()).toEqual(
      expect.arrayContaining(["junior", "mid-level", "senior", "book-stages"]),
    );
  });

  it("rewrites nothing when content is unchanged", async () => {
    const summary = await prepareDatabase(db, fullContentFixture());
    expect(summary.questions).toEqual({ inserted: 0, updated: 0, unchanged: questionFiles, retired: 0 });
    expect(summary.rubric.status).toBe("unchanged");
    expect(summary.checklists.inserted + summary.checklists.updated + summary.checklists.retired).toBe(0);
    expect(summary.roadmaps.inserted + summary.roadmaps.updated + summary.roadmaps.retired).toBe(0);
  });

  it("refuses a changed rubric that keeps its version, and writes nothing else", async () => {
    const dir = fullContentFixture();
    editFile(dir, "questions/url-shortener.md", (s) => s.replace(/^title: .*$/m, "title: Design a link shortener"));
    editFile(dir, "rubric.yaml", (s) => s.replace(/^title: .*$/m, "title: A quietly edited rubric"));
    await expect(prepareDatabase(db, dir)).rejects.toThrow(/content\/rubric\.yaml: version: the rubric changed/);
    expect((await getQuestionBySlug(db.db, "url-shortener"))?.title).toBe("Design a URL shortener");
  });

  it("refuses an edited past rubric version, naming its file", async () => {
    const dir = fullContentFixture();
    editFile(dir, "rubric-history/v1.yaml", (s) => s.replace(/^title: .*$/m, "title: Version one, rewritten"));
    await expect(prepareDatabase(db, dir)).rejects.toThrow(/content\/rubric-history\/v1\.yaml: version: the rubric changed/);
  });

  it("keeps old rubric versions when a new one arrives", async () => {
    const dir = fullContentFixture();
    editFile(dir, "rubric.yaml", (s) => s.replace(/^version: 2$/m, "version: 3").replace(/^title: .*$/m, "title: Rubric, third edition"));
    const summary = await prepareDatabase(db, dir);
    expect(summary.rubric).toEqual({ version: 3, status: "inserted" });
    expect(await countRows(rubricVersions)).toBe(3);
  });

  it("writes nothing when any file anywhere in content/ is invalid", async () => {
    const before = await countRows(questions);
    const dir = fullContentFixture();
    editFile(dir, "questions/url-shortener.md", (s) => s.replace(/^title: .*$/m, "title: Design a URL shortener, take two"));
    editFile(dir, "questions/web-crawler.md", (s) => s.replace(/^difficulty: .*$/m, "difficulty: impossible"));
    await expect(prepareDatabase(db, dir)).rejects.toThrow(/web-crawler\.md: frontmatter\.difficulty/);
    expect(await countRows(questions)).toBe(before);
    expect((await getQuestionBySlug(db.db, "url-shortener"))?.title).toBe("Design a URL shortener");
  });

  it("retires a checklist whose file is gone", async () => {
    const dir = fullContentFixture();
    const { rmSync } = await import("node:fs");
    rmSync(path.join(dir, "checklists", "final-day-before.yaml"));
    editFile(dir, "rubric.yaml", (s) => s.replace(/^version: 2$/m, "version: 4").replace(/^title: .*$/m, "title: Rubric, fourth edition"));
    const summary = await prepareDatabase(db, dir);
    expect(summary.checklists.retired).toBe(1);
    const active = await db.db.select({ key: checklists.key }).from(checklists).where(isNull(checklists.retiredAt));
    expect(active.map((row) => row.key)).not.toContain("final-day-before");
  });
});
