import { eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { practiceSessions, sessionUpdates } from "@/db/schema";
import { abandonSession } from "@/lib/sessions/abandon-session";
import { advancePhase } from "@/lib/sessions/advance-phase";
import { computeClock } from "@/lib/sessions/clock";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { MAX_UPDATE_BYTES } from "@/lib/sessions/document/limits";
import { notesTextName } from "@/lib/sessions/document/shape";
import { forgetServerDoc } from "@/lib/sessions/document/server-docs";
import { syncDocument } from "@/lib/sessions/document/sync-document";
import { finishSession } from "@/lib/sessions/finish-session";
import { clockFacts, openSession, toSnapshot } from "@/lib/sessions/open-session";
import { getDefaultPlan, listSessionsForUser } from "@/lib/sessions/queries";
import { PLAN_PRESETS } from "@/lib/sessions/plan";
import { startSessionSchema } from "@/lib/sessions/schemas";
import { startSession } from "@/lib/sessions/start-session";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

function edit(doc: Y.Doc, phase: string, text: string): Uint8Array {
  let captured: Uint8Array | undefined;
  const listener = (update: Uint8Array) => (captured = update);
  doc.on("update", listener);
  doc.getText(notesTextName(phase)).insert(doc.getText(notesTextName(phase)).length, text);
  doc.off("update", listener);
  return captured!;
}

describe.each(backends())("practice sessions on %s", (backend) => {
  let db: TestDb;
  let owner: { id: string };
  let stranger: { id: string };
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
    owner = await createUser(db.db);
    stranger = await createUser(db.db);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("starts a session on the chosen question with the chosen plan, and can save the plan as default", async () => {
    const plan = PLAN_PRESETS.find((p) => p.id === "extended")!.plan;
    const { id } = await startSession(db.db, owner.id, { questionSlug: "rate-limiter", plan, saveAsDefault: true });
    const session = await openSession(db.db, id, owner.id);
    expect(session).toMatchObject({ status: "active", role: "candidate", plan, question: { slug: "rate-limiter" } });
    expect(await getDefaultPlan(db.db, owner.id)).toEqual(plan);
    const random = await startSession(db.db, owner.id, { difficulty: "easy", plan, saveAsDefault: false });
    expect((await openSession(db.db, random.id, owner.id)).question.slug).toBe("url-shortener");
    await expect(startSession(db.db, owner.id, { tag: "geo", plan, saveAsDefault: false })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps the level chosen for the session, or none, so grading falls back to the user's settings", async () => {
    const plan = PLAN_PRESETS[0]!.plan;
    const staff = await startSession(db.db, owner.id, startSessionSchema.parse({ questionSlug: "rate-limiter", plan, targetLevel: "staff" }));
    expect((await openSession(db.db, staff.id, owner.id)).targetLevel).toBe("staff");
    const unset = await startSession(db.db, owner.id, startSessionSchema.parse({ questionSlug: "rate-limiter", plan }));
    expect((await openSession(db.db, unset.id, owner.id)).targetLevel).toBeNull();
    const refused = startSessionSchema.safeParse({ questionSlug: "rate-limiter", plan, targetLevel: "principal" });
    expect(refused.success ? null : refused.error.issues[0]).toMatchObject({ path: ["targetLevel"], message: "must be mid, senior or staff" });
  });

  it("belongs to its participants: anyone else gets not found", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    await expect(openSession(db.db, id, stranger.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(advancePhase(db.db, id, stranger.id, 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(finishSession(db.db, id, stranger.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSessionsForUser(db.db, stranger.id, ["active"])).map((s) => s.id)).not.toContain(id);
  });

  it("advances once per click, even from two tabs at once, and never past the last phase", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    await Promise.all([advancePhase(db.db, id, owner.id, 0), advancePhase(db.db, id, owner.id, 0)]);
    const session = await openSession(db.db, id, owner.id);
    expect(session.advances).toHaveLength(1);
    for (let phase = 1; phase < 4; phase++) await advancePhase(db.db, id, owner.id, phase);
    await expect(advancePhase(db.db, id, owner.id, 4)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(computeClock(clockFacts(await openSession(db.db, id, owner.id)), Date.now()).phaseIndex).toBe(4);
  });

  it("stores every update in order with its time before acknowledging, and rebuilds the document from the log", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    const doc = new Y.Doc();
    const seqs: number[] = [];
    for (const [phase, text] of [["clarify", "Who are the users? "], ["clarify", "Read heavy."], ["estimate", "100M DAU"]] as const) {
      seqs.push((await appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update: edit(doc, phase, text) })).seq);
    }
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const rows = await db.db.select().from(sessionUpdates).where(eq(sessionUpdates.sessionId, id));
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.createdAt instanceof Date && row.byteSize === row.data.byteLength)).toBe(true);

    forgetServerDoc(id); // as after a restart: nothing in memory
    const restored = new Y.Doc();
    Y.applyUpdate(restored, (await syncDocument(db.db, id, Y.encodeStateVector(restored))).update);
    expect(restored.getText(notesTextName("clarify")).toString()).toBe("Who are the users? Read heavy.");
    expect(restored.getText(notesTextName("estimate")).toString()).toBe("100M DAU");
  });

  it("refuses malformed and oversize updates without storing or corrupting anything", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    const doc = new Y.Doc();
    await appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update: edit(doc, "clarify", "good") });
    const garbage = [new Uint8Array([1, 2, 3, 250, 7]), new Uint8Array(0), edit(new Y.Doc(), "clarify", "x").slice(0, 3)];
    for (const update of garbage) {
      await expect(appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const big = edit(new Y.Doc(), "deep_dive", "x".repeat(MAX_UPDATE_BYTES + 10));
    await expect(appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update: big })).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining("larger than 1 MB"),
    });
    const rows = await db.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(sessionUpdates).where(eq(sessionUpdates.sessionId, id));
    expect(rows[0]!.n).toBe(1);
    const check = new Y.Doc();
    Y.applyUpdate(check, (await syncDocument(db.db, id, Y.encodeStateVector(check))).update);
    expect(check.getText(notesTextName("clarify")).toString()).toBe("good");
  });

  it("refuses updates once the document is at its size limit", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    await db.db.update(practiceSessions).set({ docBytes: 20 * 1024 * 1024 - 10 }).where(eq(practiceSessions.id, id));
    const update = edit(new Y.Doc(), "clarify", "this will not fit");
    await expect(appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update })).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining("20 MB limit"),
    });
  });

  it("makes a finished session read-only and keeps its clock frozen", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    await finishSession(db.db, id, owner.id);
    const finished = await openSession(db.db, id, owner.id);
    expect(toSnapshot(finished, null)).toMatchObject({ status: "finished", readOnly: true });
    await expect(advancePhase(db.db, id, owner.id, 0)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update: edit(new Y.Doc(), "clarify", "late") })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await finishSession(db.db, id, owner.id);
    expect((await openSession(db.db, id, owner.id)).finishedAt).toEqual(finished.finishedAt);
  });

  it("finishes a session whose time ran out while nobody was watching, at the moment it should have", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    const startedAt = new Date(Date.now() - 3 * 60 * 60_000);
    await db.db.update(practiceSessions).set({ startedAt }).where(eq(practiceSessions.id, id));
    const session = await openSession(db.db, id, owner.id);
    expect(session.status).toBe("finished");
    expect(session.finishedAt!.getTime()).toBe(startedAt.getTime() + 45 * 60_000 + 5 * 60_000);
  });

  it("lists unfinished sessions to resume, and abandoning one removes it", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    expect((await listSessionsForUser(db.db, owner.id, ["active"])).map((s) => s.id)).toContain(id);
    await abandonSession(db.db, id, owner.id);
    expect((await listSessionsForUser(db.db, owner.id, ["active"])).map((s) => s.id)).not.toContain(id);
    await expect(abandonSession(db.db, id, owner.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
