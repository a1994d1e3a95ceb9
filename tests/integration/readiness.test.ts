import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { checklists, checklistTicks, roadmapTicks } from "@/db/schema";
import { listChecklistsForUser } from "@/lib/readiness/checklists";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { countFinishedByQuestion, listFinishedPractice } from "@/lib/readiness/practice-history";
import { loadRubrics } from "@/lib/readiness/content-queries";
import { getRoadmapForUser } from "@/lib/readiness/roadmap";
import { saveSelfGrade } from "@/lib/grading/save-self-grade";
import { finishSession } from "@/lib/sessions/finish-session";
import { DEFAULT_PLAN } from "@/lib/sessions/plan";
import { startSession } from "@/lib/sessions/start-session";
import { isoDay, roadmapSelectionSchema } from "@/lib/readiness/schemas";
import { selectRoadmap } from "@/lib/readiness/select-roadmap";
import { setChecklistTick } from "@/lib/readiness/set-checklist-tick";
import { setRoadmapTick } from "@/lib/readiness/set-roadmap-tick";
import * as checklistRoute from "@/app/api/readiness/checklists/[key]/items/[item]/route";
import * as roadmapItemRoute from "@/app/api/readiness/roadmap/items/[item]/route";
import * as roadmapRoute from "@/app/api/readiness/roadmap/route";
import { createPastSession, levelsOf, seedAllContent } from "../factories/readiness";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

// The route handlers read the signed-in user and the app's database; point both at this test.
const current = vi.hoisted(() => ({ db: undefined as unknown as Db, userId: "" }));
vi.mock("@/db", () => ({ getDb: () => current.db }));
vi.mock("@/lib/http/session-route", () => ({ requireUser: async () => ({ id: current.userId, name: "Test", email: "t@example.test" }) }));


const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const itemOf = async (db: Db, userId: string, checklistKey: string, itemKey: string) =>
  (await listChecklistsForUser(db, userId)).find((list) => list.key === checklistKey)!.items.find((item) => item.key === itemKey)!;

describe.each(backends())("readiness on %s", (backend) => {
  let db: TestDb;
  let owner: { id: string };
  let stranger: { id: string };
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedAllContent(db.db);
    owner = await createUser(db.db);
    stranger = await createUser(db.db);
    current.db = db.db;
  });
  afterAll(async () => {
    await db.drop();
  });

  describe("checklists", () => {
    it("stores a tick with its date, keeps the first date on a second tick, and shows it to its owner only", async () => {
      const before = Date.now();
      const ticked = await setChecklistTick(db.db, owner.id, { checklistKey: "core-concepts", itemKey: "caching" }, true);
      expect(new Date(ticked.tickedAt!).getTime()).toBeGreaterThanOrEqual(before - 5000);
      const [row] = await db.db
        .select()
        .from(checklistTicks)
        .where(and(eq(checklistTicks.userId, owner.id), eq(checklistTicks.itemKey, "caching")));
      expect(row!.tickedAt.toISOString()).toBe(ticked.tickedAt);

      const again = await setChecklistTick(db.db, owner.id, { checklistKey: "core-concepts", itemKey: "caching" }, true);
      expect(again.tickedAt).toBe(ticked.tickedAt);
      expect(await itemOf(db.db, owner.id, "core-concepts", "caching")).toMatchObject({ tickedAt: ticked.tickedAt, done: true });
      expect(await itemOf(db.db, stranger.id, "core-concepts", "caching")).toMatchObject({ tickedAt: null, done: false });
    });

    it("unticks, harmlessly twice, without touching another user's tick", async () => {
      await setChecklistTick(db.db, owner.id, { checklistKey: "behavioural-stories", itemKey: "failure" }, true);
      await setChecklistTick(db.db, stranger.id, { checklistKey: "behavioural-stories", itemKey: "failure" }, true);
      expect((await setChecklistTick(db.db, owner.id, { checklistKey: "behavioural-stories", itemKey: "failure" }, false)).tickedAt).toBeNull();
      await setChecklistTick(db.db, owner.id, { checklistKey: "behavioural-stories", itemKey: "failure" }, false);
      expect((await itemOf(db.db, owner.id, "behavioural-stories", "failure")).tickedAt).toBeNull();
      expect((await itemOf(db.db, stranger.id, "behavioural-stories", "failure")).tickedAt).not.toBeNull();
    });

    it("refuses unknown and retired checklists and items, and hand ticks on core problems", async () => {
      const tick = (checklistKey: string, itemKey: string) => setChecklistTick(db.db, owner.id, { checklistKey, itemKey }, true);
      await expect(tick("no-such-list", "caching")).rejects.toMatchObject({ code: "NOT_FOUND", message: "That checklist was not found." });
      await expect(tick("core-concepts", "no-such-item")).rejects.toMatchObject({ code: "NOT_FOUND", message: "That checklist item was not found." });
      await expect(tick("core-problems", "url-shortener")).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await db.db.update(checklists).set({ retiredAt: new Date() }).where(eq(checklists.key, "final-day-before"));
      await expect(tick("final-day-before", "sleep")).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listChecklistsForUser(db.db, owner.id)).map((list) => list.key)).not.toContain("final-day-before");
      await db.db.update(checklists).set({ retiredAt: null }).where(eq(checklists.key, "final-day-before"));
    });

    it("counts core problem practice from finished sessions only, where the user was the candidate", async () => {
      const user = await createUser(db.db);
      await createPastSession(db.db, user.id, { question: "news-feed", finishedAt: daysAgo(3) });
      await createPastSession(db.db, user.id, { question: "news-feed", finishedAt: daysAgo(1) });
      await createPastSession(db.db, user.id, { question: "news-feed", status: "active" });
      await createPastSession(db.db, user.id, { question: "news-feed", status: "abandoned" });
      await createPastSession(db.db, user.id, { question: "news-feed", role: "interviewer" });
      await createPastSession(db.db, stranger.id, { question: "news-feed" });
      expect(Object.fromEntries(await countFinishedByQuestion(db.db, user.id))).toEqual({ "news-feed": 2 });
      const item = await itemOf(db.db, user.id, "core-problems", "news-feed");
      expect(item).toMatchObject({ question: "news-feed", tickedAt: null, done: false, progress: { done: 2, target: 3, atTarget: false } });
      await createPastSession(db.db, user.id, { question: "news-feed" });
      expect((await itemOf(db.db, user.id, "core-problems", "news-feed")).progress).toMatchObject({ done: 3, atTarget: true });
    });
  });

  describe("roadmap", () => {
    it("validates the selection: real dates within a year, and a roadmap that exists", async () => {
      const schema = roadmapSelectionSchema(Date.now());
      expect(schema.safeParse({ roadmapKey: "junior", startDate: isoDay(Date.now() - 400 * DAY) }).success).toBe(false);
      expect(schema.safeParse({ roadmapKey: "junior", startDate: isoDay(Date.now() + 400 * DAY) }).success).toBe(false);
      expect(schema.safeParse({ roadmapKey: "junior", startDate: "2026-13-01" }).success).toBe(false);
      await expect(selectRoadmap(db.db, owner.id, { roadmapKey: "principal", startDate: isoDay(Date.now()) })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        fields: { roadmapKey: "is not a roadmap" },
      });
      expect(await getRoadmapForUser(db.db, owner.id, Date.now())).toBeNull();
    });

    it("shows the current week's items and progress, and ticks items of the chosen roadmap only", async () => {
      const now = Date.now();
      await selectRoadmap(db.db, owner.id, { roadmapKey: "junior", startDate: isoDay(now - 15 * DAY) });
      const view = (await getRoadmapForUser(db.db, owner.id, now))!;
      expect(view).toMatchObject({ key: "junior", progress: { week: 3, weeksElapsed: 2, totalWeeks: 16, status: "in-progress" }, ticked: 0 });
      expect(view.thisWeek.map((item) => item.key)).toEqual(["dsa-foundations"]);
      expect(view.phase?.title).toBe("Fundamentals");

      await setRoadmapTick(db.db, owner.id, "dsa-foundations", true);
      await expect(setRoadmapTick(db.db, owner.id, "raft-or-paxos", true)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setRoadmapTick(db.db, stranger.id, "dsa-foundations", true)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const ticked = (await getRoadmapForUser(db.db, owner.id, now))!;
      expect(ticked.ticked).toBe(1);
      expect(ticked.thisWeek[0]!.tickedAt).not.toBeNull();

      // Week 7-8 links questions; switching roadmaps keeps each roadmap's ticks apart.
      const later = (await getRoadmapForUser(db.db, owner.id, now + 5 * 7 * DAY))!;
      expect(later.thisWeek.find((item) => item.key === "database-basics")!.questions.map((q) => q.slug)).toEqual(["pastebin", "url-shortener"]);
      await selectRoadmap(db.db, owner.id, { roadmapKey: "book-stages", startDate: isoDay(now) });
      expect((await getRoadmapForUser(db.db, owner.id, now))!).toMatchObject({ key: "book-stages", ticked: 0, progress: { week: 1 } });
      const rows = await db.db.select().from(roadmapTicks).where(eq(roadmapTicks.userId, owner.id));
      expect(rows.map((row) => [row.roadmapKey, row.itemKey])).toEqual([["junior", "dsa-foundations"]]);
      await expect(setRoadmapTick(db.db, owner.id, "dsa-foundations", false)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });

  describe("evidence", () => {
    it("says there is no evidence yet for a new user, and recommends core problems", async () => {
      const user = await createUser(db.db);
      const readiness = await getReadiness(db.db, user.id, Date.now());
      expect(readiness.summary.verdict).toMatch(/^No evidence yet/);
      expect(readiness.evidence).toMatchObject({ finishedSessions: 0, gradedSessions: 0, series: [] });
      expect(readiness.recommendations.map((r) => [r.slug, r.kind])).toEqual([
        ["url-shortener", "core"],
        ["news-feed", "core"],
        ["chat-messenger", "core"],
        ["ride-hailing", "core"],
        ["video-streaming", "core"],
      ]);
      expect(readiness.roadmap).toBeNull();
      expect(readiness.roadmapOptions.map((r) => r.key)).toEqual(["junior", "mid-level", "senior", "book-stages"]);
    });

    it("computes scores per dimension, topic coverage, time discipline, summary and recommendations from the user's own sessions", async () => {
      const user = await createUser(db.db);
      const core = ["url-shortener", "news-feed", "chat-messenger", "ride-hailing", "video-streaming", "file-storage", "rate-limiter", "web-crawler"];
      // Six core problems practised yesterday, ungraded and on time; the other two below.
      for (const slug of core.slice(2)) await createPastSession(db.db, user.id, { question: slug, finishedAt: daysAgo(1) });
      await createPastSession(db.db, user.id, {
        question: "url-shortener",
        finishedAt: daysAgo(12),
        spent: [10, 5, 10, 20, 2.5],
        levels: levelsOf(3, { trade_offs: 1, estimation: 2 }),
      });
      await createPastSession(db.db, user.id, { question: "news-feed", finishedAt: daysAgo(2), levels: levelsOf(2, { trade_offs: 2, communication: 4 }) });
      await createPastSession(db.db, user.id, { question: "url-shortener", status: "abandoned", levels: levelsOf(4) });
      await createPastSession(db.db, stranger.id, { question: "url-shortener", levels: levelsOf(1) });

      const { evidence, summary, recommendations } = await getReadiness(db.db, user.id, Date.now());
      expect(evidence).toMatchObject({ finishedSessions: 8, gradedSessions: 2 });
      const tradeOffs = evidence.series.find((s) => s.key === "trade_offs")!;
      expect(tradeOffs.points.map((p) => p.level)).toEqual([1, 2]);
      expect(evidence.series.map((s) => s.key)).toEqual(["requirements", "estimation", "high_level_design", "deep_dive", "trade_offs", "communication"]);

      const coverage = Object.fromEntries(evidence.coverage.map((t) => [t.tag, t.sessions]));
      expect(coverage.caching).toBe(
        (await listFinishedPractice(db.db, user.id)).filter((s) => s.question.tags.includes("caching")).length,
      );
      expect(coverage["id-generation"]).toBeGreaterThanOrEqual(2);

      const discipline = Object.fromEntries(evidence.discipline.map((p) => [p.key, p.meanRatio]));
      expect(discipline.clarify).toBeCloseTo((7 * 1 + 2) / 8);
      expect(discipline.trade_offs).toBeCloseTo((7 * 1 + 0.5) / 8);
      expect(discipline.deep_dive).toBeCloseTo(1);

      expect(summary.recentGraded).toBe(2);
      expect(summary.holdingBack.map((d) => [d.key, d.average])).toEqual([
        ["trade_offs", 1.5],
        ["estimation", 2],
        ["requirements", 2.5],
        ["high_level_design", 2.5],
        ["deep_dive", 2.5],
      ]);
      expect(summary.core).toEqual({ atTarget: 0, total: 8 });
      expect(summary.verdict).toBe(
        "Not ready yet: your last 2 graded sessions average 2.46 (lean no hire); work on Trade-offs and judgement and Capacity estimation first.",
      );

      // Weak and 12 days old beats weak and 2 days old beats ungraded yesterday; among those, the earliest first.
      expect(recommendations.map((r) => r.slug)).toEqual(["url-shortener", "news-feed", "chat-messenger", "ride-hailing", "video-streaming"]);
      expect(recommendations.map((r) => r.reason)).toEqual([
        "Last practised 12 days ago, best score 2.62 — Trade-offs and judgement was weakest (core problem: 1 of 3 sessions)",
        "Last practised 2 days ago, best score 2.31 — Requirements and problem navigation was weakest (core problem: 1 of 3 sessions)",
        "Last practised yesterday, not graded yet (core problem: 1 of 3 sessions)",
        "Last practised yesterday, not graded yet (core problem: 1 of 3 sessions)",
        "Last practised yesterday, not graded yet (core problem: 1 of 3 sessions)",
      ]);
    });
  });

  describe("after new practice", () => {
    it("shows a session finished and graded after an earlier look at once, though the history is remembered between looks", async () => {
      const user = await createUser(db.db);
      await createPastSession(db.db, user.id, { question: "news-feed", finishedAt: daysAgo(3), levels: levelsOf(2) });
      const before = await getReadiness(db.db, user.id, Date.now());
      expect(before.evidence).toMatchObject({ finishedSessions: 1, gradedSessions: 1 });
      expect(before.checklists.flatMap((list) => list.items).find((item) => item.question === "url-shortener")!.progress!.done).toBe(0);

      const { id } = await startSession(db.db, user.id, { questionSlug: "url-shortener", plan: DEFAULT_PLAN, saveAsDefault: false });
      await finishSession(db.db, id, user.id);
      const finished = await getReadiness(db.db, user.id, Date.now());
      expect(finished.evidence).toMatchObject({ finishedSessions: 2, gradedSessions: 1 });
      expect(finished.checklists.flatMap((list) => list.items).find((item) => item.question === "url-shortener")!.progress!.done).toBe(1);

      const rubricVersion = (await loadRubrics(db.db)).keys().next().value!;
      await saveSelfGrade(db.db, id, user.id, { rubricVersion, levels: levelsOf(4), notes: {}, keyPoints: {}, reflection: "" });
      const graded = await getReadiness(db.db, user.id, Date.now());
      expect(graded.evidence.gradedSessions).toBe(2);
      expect(graded.evidence.series.find((s) => s.key === "deep_dive")!.points.map((p) => p.level)).toEqual([2, 4]);
    });
  });

  describe("routes", () => {
    const call = async <P>(
      handler: (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>,
      method: string,
      params: P,
      body?: unknown,
    ) => {
      const request = new NextRequest("http://localhost/api/readiness", {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
      });
      const response = await handler(request, { params: Promise.resolve(params) });
      return { status: response.status, body: await response.json() };
    };

    it("ticks and unticks through the API, answering unknown or malformed keys with the one error shape", async () => {
      current.userId = owner.id;
      const put = await call(checklistRoute.PUT, "PUT", { key: "core-concepts", item: "load-balancing" });
      expect(put).toMatchObject({ status: 200, body: { checklistKey: "core-concepts", itemKey: "load-balancing", tickedAt: expect.any(String) } });
      expect(await call(checklistRoute.DELETE, "DELETE", { key: "core-concepts", item: "load-balancing" })).toMatchObject({
        status: 200,
        body: { tickedAt: null },
      });
      for (const params of [{ key: "nope", item: "caching" }, { key: "core-concepts", item: "nope" }, { key: "Core Concepts!", item: "caching" }]) {
        expect(await call(checklistRoute.PUT, "PUT", params)).toEqual({ status: 404, body: { error: { code: "NOT_FOUND", message: expect.any(String) } } });
      }
      expect((await call(checklistRoute.PUT, "PUT", { key: "core-problems", item: "news-feed" })).status).toBe(400);
    });

    it("sets the roadmap through the API, refusing a start date too far away with the field named", async () => {
      current.userId = stranger.id;
      const far = await call(roadmapRoute.PUT, "PUT", {}, { roadmapKey: "senior", startDate: isoDay(Date.now() + 500 * DAY) });
      expect(far).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST", fields: { startDate: expect.stringMatching(/^must be between/) } } } });
      expect((await call(roadmapRoute.PUT, "PUT", {}, { roadmapKey: "senior" })).status).toBe(400);
      const ok = await call(roadmapRoute.PUT, "PUT", {}, { roadmapKey: "senior", startDate: isoDay(Date.now()) });
      expect(ok).toMatchObject({ status: 200, body: { roadmapKey: "senior" } });
      const item = (await getRoadmapForUser(db.db, stranger.id, Date.now()))!.thisWeek[0]!.key;
      expect((await call(roadmapItemRoute.PUT, "PUT", { item })).body.tickedAt).toEqual(expect.any(String));
      expect((await call(roadmapItemRoute.DELETE, "DELETE", { item })).body.tickedAt).toBeNull();
      expect((await call(roadmapItemRoute.PUT, "PUT", { item: "not-an-item" })).status).toBe(404);
    });
  });
});
