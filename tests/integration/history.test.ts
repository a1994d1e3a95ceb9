import { NextRequest } from "next/server";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { exportFilename, renderSessionMarkdown } from "@/lib/history/export-markdown";
import { getReplayLog } from "@/lib/history/get-replay-log";
import { getSessionReview } from "@/lib/history/get-session-review";
import { saveSelfGrade } from "@/lib/grading/save-self-grade";
import { countDrawnElements, loadSessionDocument, readNotes } from "@/lib/history/load-session-document";
import { listAttempts, listHistory, listPracticedQuestions } from "@/lib/history/queries";
import { base64ToBytes } from "@/lib/history/replay";
import { historyQuerySchema, type HistoryQuery } from "@/lib/history/schemas";
import * as exportRoute from "@/app/api/history/[id]/export.md/route";
import * as updatesRoute from "@/app/api/history/[id]/updates/route";
import { createRecordedSession, MIN, seedHistoryRubric } from "../factories/history";
import { seedQuestions } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

// The route handlers read the signed-in user and the app's database; point both at this test.
const current = vi.hoisted(() => ({ db: undefined as unknown as Db, userId: "" }));
vi.mock("@/db", () => ({ getDb: () => current.db }));
vi.mock("@/lib/http/session-route", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/http/session-route")>()),
  requireUser: async () => ({ id: current.userId, name: "Test", email: "t@example.test" }),
}));

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const query = (input: Record<string, string> = {}): HistoryQuery => historyQuerySchema.parse(input);
const levels = (level: number) => ({ requirements: level, estimation: level, high_level_design: level, deep_dive: level, trade_offs: level, communication: level });

describe.each(backends())("history and session review on %s", (backend) => {
  let db: TestDb;
  let owner: { id: string };
  let stranger: { id: string };
  let pager: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
    await seedHistoryRubric(db.db);
    owner = await createUser(db.db, { name: "Owner" });
    stranger = await createUser(db.db, { name: "Stranger Peer" });
    pager = await createUser(db.db);
    current.db = db.db;

    // The owner's sessions: the reviewed one (graded 3.5), an earlier lower-scored attempt of the
    // same question, an abandoned rate-limiter session and one still in progress.
    ids.reviewed = (
      await createRecordedSession(db.db, owner.id, {
        mode: "peer", // the stranger interviewed: both grades are in, so neither is blind
        startedAt: at("2025-03-10T09:00:00Z"),
        advancesAtMinutes: [6, 11, 21, 44],
        finishedAtMinute: 50,
        edits: [
          { atMinute: 1, phase: "clarify", text: "Who are the users?" },
          { atMinute: 4, phase: "clarify", text: " Read heavy, 100:1." },
          { atMinute: 8, phase: "estimate", text: "100M URLs a month, 40 writes/s" },
          { atMinute: 15, box: "api-gateway" },
          { atMinute: 30, phase: "deep_dive", text: "Base62 ids from a counter" },
        ],
        selfGrade: {
          levels: { ...levels(4), estimation: 3 },
          notes: { requirements: "Scoped well | quickly" },
          reflection: "Spend less time on **clarify**.",
          overallScore: 3.5,
        },
        peerGrade: { graderId: stranger.id, levels: levels(3), notes: { deep_dive: "Good on ids" }, reflection: "Solid overall.", overallScore: 3 },
      })
    ).id;
    ids.earlier = (await createRecordedSession(db.db, owner.id, { startedAt: at("2025-03-01T12:00:00Z"), selfGrade: { levels: levels(2), overallScore: 2 } })).id;
    ids.abandoned = (
      await createRecordedSession(db.db, owner.id, { question: "rate-limiter", startedAt: at("2025-03-05T08:00:00Z"), status: "abandoned", advancesAtMinutes: [5], finishedAtMinute: 7 })
    ).id;
    ids.active = (await createRecordedSession(db.db, owner.id, { question: "rate-limiter", startedAt: new Date(Date.now() - 10 * MIN), status: "active" })).id;
    // The stranger's own sessions never show in the owner's history.
    ids.strangers = (await createRecordedSession(db.db, stranger.id, { startedAt: at("2025-03-06T08:00:00Z"), selfGrade: { levels: levels(4), overallScore: 4 } })).id;
    await createRecordedSession(db.db, stranger.id, { question: "rate-limiter", startedAt: at("2025-03-07T08:00:00Z") });
    // 23 sessions of another user, one a day, for paging.
    for (let day = 0; day < 23; day++) await createRecordedSession(db.db, pager.id, { startedAt: new Date(at("2025-01-01T10:00:00Z").getTime() + day * DAY) });
  });
  afterAll(async () => {
    await db.drop();
  });

  it("lists every session of the user, and only theirs, newest first with score, mode and duration", async () => {
    const page = await listHistory(db.db, owner.id, query());
    expect(page.items.map((item) => item.id)).toEqual([ids.active, ids.reviewed, ids.abandoned, ids.earlier]);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    const [active, reviewed, abandoned] = page.items;
    expect(reviewed).toMatchObject({ mode: "peer", role: "candidate", status: "finished", durationMs: 50 * MIN, durationIsPlanned: false, overallScore: 3.5, signal: "strong_hire" });
    expect(reviewed!.question).toMatchObject({ slug: "url-shortener", title: expect.any(String) });
    expect(abandoned).toMatchObject({ status: "abandoned", durationMs: 7 * MIN, overallScore: null });
    expect(active).toMatchObject({ status: "active", durationMs: 45 * MIN, durationIsPlanned: true });
    // A peer session the stranger ran, where the owner was not a participant, never appears; the stranger sees theirs.
    const theirs = await listHistory(db.db, stranger.id, query());
    expect(theirs.items.map((item) => item.id)).toContain(ids.strangers);
    expect(theirs.items.map((item) => item.id)).toContain(ids.reviewed); // they were the interviewer there
    expect(theirs.items.find((item) => item.id === ids.reviewed)).toMatchObject({ role: "interviewer", overallScore: null });
    expect(page.items.map((item) => item.id)).not.toContain(ids.strangers);
  });

  it("filters by question, topic and date range, and sorts by date or score with ungraded last", async () => {
    const ofIds = async (input: Record<string, string>) => (await listHistory(db.db, owner.id, query(input))).items.map((item) => item.id);
    expect(await ofIds({ question: "rate-limiter" })).toEqual([ids.active, ids.abandoned]);
    expect(await ofIds({ tag: "sharding" })).toEqual([ids.reviewed, ids.earlier]); // only the URL shortener is tagged sharding
    expect(await ofIds({ tag: "rate-limiting", from: "2025-03-01", to: "2025-03-31" })).toEqual([ids.abandoned]);
    expect(await ofIds({ from: "2025-03-05", to: "2025-03-10" })).toEqual([ids.reviewed, ids.abandoned]); // "to" includes its whole day
    expect(await ofIds({ to: "2025-03-04" })).toEqual([ids.earlier]);
    expect(await ofIds({ sort: "oldest" })).toEqual([ids.earlier, ids.abandoned, ids.reviewed, ids.active]);
    expect(await ofIds({ sort: "best" })).toEqual([ids.reviewed, ids.earlier, ids.active, ids.abandoned]);
    expect(await ofIds({ sort: "worst" })).toEqual([ids.earlier, ids.reviewed, ids.active, ids.abandoned]);
    expect(await listPracticedQuestions(db.db, owner.id)).toHaveLength(2);
  });

  it("pages 20 at a time with the total, and counts past the last page", async () => {
    const first = await listHistory(db.db, pager.id, query());
    expect(first).toMatchObject({ total: 23, pageSize: 20, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    const second = await listHistory(db.db, pager.id, query({ page: "2" }));
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(23);
    expect(second.items.at(-1)!.startedAt).toBe(at("2025-01-01T10:00:00Z").getTime());
    expect(await listHistory(db.db, pager.id, query({ page: "3" }))).toMatchObject({ items: [], total: 23, pageCount: 2 });
  });

  it("rebuilds the document as it was at any moment from the update log", async () => {
    const start = at("2025-03-10T09:00:00Z").getTime();
    const notesAt = async (minute: number) => readNotes(await loadSessionDocument(db.db, ids.reviewed, new Date(start + minute * MIN)));
    expect((await notesAt(0)).clarify).toBe("");
    expect(await notesAt(2)).toMatchObject({ clarify: "Who are the users?", estimate: "", deep_dive: "" });
    expect(await notesAt(10)).toMatchObject({ clarify: "Who are the users? Read heavy, 100:1.", estimate: "100M URLs a month, 40 writes/s", deep_dive: "" });
    expect(countDrawnElements(await loadSessionDocument(db.db, ids.reviewed, new Date(start + 14 * MIN))).total).toBe(0);
    expect(countDrawnElements(await loadSessionDocument(db.db, ids.reviewed, new Date(start + 15 * MIN))).visible).toBe(1);
    expect((await notesAt(60)).deep_dive).toBe("Base62 ids from a counter");
  });

  it("reviews a session for its participants: time per phase, notes, self and peer grades, attempts", async () => {
    const review = await getSessionReview(db.db, ids.reviewed, owner.id);
    expect(review.phases.map((phase) => [phase.key, phase.plannedMs / MIN, phase.spentMs / MIN, phase.overtimeMs / MIN])).toEqual([
      ["clarify", 5, 6, 1],
      ["estimate", 5, 5, 0],
      ["high_level", 10, 10, 0],
      ["deep_dive", 20, 23, 3],
      ["trade_offs", 5, 6, 1],
    ]);
    expect(review.notes.deep_dive).toBe("Base62 ids from a counter");
    expect(review.drawing).toEqual({ visible: 1, total: 1 });
    expect(review.grades.self).toMatchObject({ overallScore: 3.5, levels: { estimation: 3 }, reflection: "Spend less time on **clarify**." });
    expect(review.grades.peer).toMatchObject({ graderName: "Stranger Peer", overallScore: 3, notes: { deep_dive: "Good on ids" } });
    expect(review.rubric?.dimensions).toHaveLength(6);

    const { attempts, rubric } = await listAttempts(db.db, owner.id, "url-shortener");
    expect(attempts.map((attempt) => [attempt.id, attempt.overallScore, attempt.levels.estimation])).toEqual([
      [ids.earlier, 2, 2],
      [ids.reviewed, 3.5, 3],
    ]);
    expect(rubric?.version).toBe(1);

    const abandoned = await getSessionReview(db.db, ids.abandoned, owner.id);
    expect(abandoned.phases.map((phase) => phase.reached)).toEqual([true, true, false, false, false]);
    expect(abandoned.grades).toEqual({ self: null, peer: null });
  });

  it("lists every revision of an edited self grade, newest first, for the review", async () => {
    const { id } = await createRecordedSession(db.db, owner.id, { question: "rate-limiter", startedAt: at("2025-02-01T08:00:00Z") });
    const grade = (level: number, reflection: string) => ({ rubricVersion: 1, levels: levels(level), notes: {}, keyPoints: {}, reflection });
    await saveSelfGrade(db.db, id, owner.id, grade(2, "Too slow on estimates."));
    await saveSelfGrade(db.db, id, owner.id, { ...grade(2, "Too slow on estimates."), levels: { ...levels(2), estimation: 4 } });
    const review = await getSessionReview(db.db, id, owner.id);
    expect(review.selfRevisions.map((r) => [r.revision, r.levels.estimation, r.reflection])).toEqual([
      [2, 4, "Too slow on estimates."],
      [1, 2, "Too slow on estimates."],
    ]);
    expect(review.selfRevisions[0]!.overallScore).toBeGreaterThan(review.selfRevisions[1]!.overallScore);
    expect((await getSessionReview(db.db, ids.abandoned, owner.id)).selfRevisions).toEqual([]);
  });

  it("serves the ordered update log to participants, and not found to anyone else", async () => {
    const log = await getReplayLog(db.db, ids.reviewed, owner.id);
    expect(log.updates.map((update) => update.createdAt - at("2025-03-10T09:00:00Z").getTime())).toEqual([1, 4, 8, 15, 30].map((m) => m * MIN));
    expect(log.updates.map((update) => update.seq)).toEqual([...log.updates.map((update) => update.seq)].sort((a, b) => a - b));
    const doc = new Y.Doc();
    for (const update of log.updates.slice(0, 2)) Y.applyUpdate(doc, base64ToBytes(update.data));
    expect(readNotes(doc).clarify).toBe("Who are the users? Read heavy, 100:1.");
    await expect(getReplayLog(db.db, ids.strangers, owner.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSessionReview(db.db, ids.strangers, owner.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSessionReview(db.db, ids.active, pager.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("exports the session as Markdown: plan and time, notes, estimates, grades side by side, reflection", async () => {
    const review = await getSessionReview(db.db, ids.reviewed, owner.id);
    const markdown = renderSessionMarkdown(review);
    expect(markdown).toMatch(/^# Design a URL shortener\n/);
    expect(markdown).toContain("- Date: 10 Mar 2025, 09:00 UTC");
    expect(markdown).toContain("- Overall self score: 3.50 / 4 (Strong hire)");
    expect(markdown).toContain("| Clarify requirements | 05:00 | 06:00 | +01:00 |");
    expect(markdown).toContain("| Deep dive | 20:00 | 23:00 | +03:00 |");
    expect(markdown).toContain("### Capacity estimation\n\n100M URLs a month, 40 writes/s");
    expect(markdown).toContain("### Clarify requirements\n\nWho are the users? Read heavy, 100:1.");
    expect(markdown).toContain("| Dimension | Self | Peer (Stranger Peer) |");
    expect(markdown).toContain("| Capacity estimation | 3 (Hire) | 3 (Hire) |");
    expect(markdown).toContain("- Self: Scoped well | quickly");
    expect(markdown).toContain("- Peer: Good on ids");
    expect(markdown).toContain("## Reflection\n\nSpend less time on **clarify**.");
    expect(markdown).toContain("### The interviewer's summary\n\nSolid overall.");
    expect(exportFilename(review)).toBe("url-shortener-2025-03-10.md");
    expect(renderSessionMarkdown(await getSessionReview(db.db, ids.abandoned, owner.id))).toContain("Not graded yet.");
  });

  describe("routes", () => {
    const get = (handler: typeof updatesRoute.GET, id: string) =>
      handler(new NextRequest(`http://localhost/api/history/${id}`), { params: Promise.resolve({ id }) });

    it("GET /api/history/[id]/updates answers participants, and 404 for strangers and malformed ids", async () => {
      current.userId = owner.id;
      const ok = await get(updatesRoute.GET, ids.reviewed);
      expect(ok.status).toBe(200);
      const body = await ok.json();
      expect(body.updates).toHaveLength(5);
      expect(body.updates[0]).toEqual({ seq: expect.any(Number), createdAt: at("2025-03-10T09:01:00Z").getTime(), data: expect.any(String) });
      for (const id of [ids.strangers, "not-a-uuid"]) {
        const missing = await get(updatesRoute.GET, id);
        expect(missing.status).toBe(404);
        expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
      }
    });

    it("GET /api/history/[id]/export.md downloads Markdown for participants only", async () => {
      current.userId = owner.id;
      const ok = await get(exportRoute.GET, ids.reviewed);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
      expect(ok.headers.get("content-disposition")).toBe('attachment; filename="url-shortener-2025-03-10.md"');
      expect(await ok.text()).toContain("## Notes");
      current.userId = pager.id;
      expect((await get(exportRoute.GET, ids.reviewed)).status).toBe(404);
    });
  });
});
