import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grades } from "@/db/schema";
import { rateInterviewer } from "@/lib/grading/rate-interviewer";
import type { Rubric } from "@/lib/grading/rubric-schema";
import { loadRoundGrades } from "@/lib/grading/round-grades";
import { savePeerGrade } from "@/lib/grading/save-peer-grade";
import { saveSelfGrade } from "@/lib/grading/save-self-grade";
import { getSessionReview } from "@/lib/history/get-session-review";
import { getReplayLog } from "@/lib/history/get-replay-log";
import { listHistory } from "@/lib/history/queries";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { notesTextName, privateNotes } from "@/lib/sessions/document/shape";
import { finishSession } from "@/lib/sessions/finish-session";
import { joinRoom } from "@/lib/sessions/join-room";
import { openSession } from "@/lib/sessions/open-session";
import { seatedRoom } from "../factories/rooms";
import { allLevels, seedRubric } from "../factories/rubric";
import { seedQuestions } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

const HOUR = 3_600_000;

/** A Yjs update made by one edit to a fresh document. */
function updateOf(edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  let captured: Uint8Array | undefined;
  doc.on("update", (update: Uint8Array) => (captured = update));
  edit(doc);
  return captured!;
}

describe.each(backends())("peer grading on %s", (backend) => {
  let db: TestDb;
  let rubric: Rubric;
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
    rubric = await seedRubric(db.db);
  });
  afterAll(() => db.drop());

  const body = (level: number, extra: Record<string, unknown> = {}) => ({ rubricVersion: rubric.version, levels: allLevels(rubric, level), notes: {}, keyPoints: {}, reflection: "", ...extra });
  const finishedRound = async () => {
    const room = await seatedRoom(db.db, { start: true });
    await finishSession(db.db, room.id, room.interviewer.id);
    return room;
  };
  const gradesFor = async (sessionId: string, userId: string, now = Date.now()) => loadRoundGrades(db.db, await openSession(db.db, sessionId, userId), now);

  it("lets the interviewer grade the candidate once, after the finish, and nobody else give a peer grade", async () => {
    const { id, interviewer, candidate } = await seatedRoom(db.db, { start: true });
    await expect(savePeerGrade(db.db, id, interviewer.id, body(3))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Finish") });
    await finishSession(db.db, id, interviewer.id);
    await expect(savePeerGrade(db.db, id, candidate.id, body(3))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveSelfGrade(db.db, id, interviewer.id, body(3))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = await createUser(db.db);
    await expect(savePeerGrade(db.db, id, stranger.id, body(3))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(savePeerGrade(db.db, id, interviewer.id, { ...body(3), levels: { requirements: 3 } })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const saved = await savePeerGrade(db.db, id, interviewer.id, body(3, { wentWell: "Clear requirements.", workOn: "Estimate earlier." }));
    expect(saved).toMatchObject({ kind: "peer", graderId: interviewer.id, overallScore: 3 });
    await expect(savePeerGrade(db.db, id, interviewer.id, body(1))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already") });
    const stored = await db.db.select().from(grades).where(eq(grades.sessionId, id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.overallScore).toBe(3);
  });

  it("keeps the grades blind until both are in", async () => {
    const { id, interviewer, candidate } = await finishedRound();
    await savePeerGrade(db.db, id, interviewer.id, body(2));
    const candidateView = await gradesFor(id, candidate.id);
    expect(candidateView).toMatchObject({ peer: null, self: null, peerSubmitted: true, selfSubmitted: false, revealed: false });
    expect(candidateView.revealsAt).toBeGreaterThan(Date.now());
    expect((await gradesFor(id, interviewer.id)).peer).toMatchObject({ graderId: interviewer.id });

    await saveSelfGrade(db.db, id, candidate.id, body(4));
    const afterBoth = await gradesFor(id, candidate.id);
    expect(afterBoth.revealed).toBe(true);
    expect(afterBoth.peer).toMatchObject({ graderId: interviewer.id, overallScore: 2 });
    expect((await gradesFor(id, interviewer.id)).self).toMatchObject({ graderId: candidate.id, overallScore: 4 });
  });

  it("keeps the interviewer from the candidate's self grade until they have graded too", async () => {
    const { id, interviewer, candidate } = await finishedRound();
    await saveSelfGrade(db.db, id, candidate.id, body(4));
    expect(await gradesFor(id, interviewer.id)).toMatchObject({ self: null, selfSubmitted: true, revealed: false });
    expect((await gradesFor(id, candidate.id)).self).toMatchObject({ graderId: candidate.id });
  });

  it("reveals each side's grade 48 hours after the finish even if the other never graded", async () => {
    const { id, interviewer, candidate } = await finishedRound();
    await savePeerGrade(db.db, id, interviewer.id, body(3));
    const finishedAt = (await openSession(db.db, id, candidate.id)).finishedAt!.getTime();
    expect((await gradesFor(id, candidate.id, finishedAt + 47 * HOUR)).peer).toBeNull();
    expect((await gradesFor(id, candidate.id, finishedAt + 48 * HOUR)).peer).toMatchObject({ graderId: interviewer.id });
  });

  it("shows observers no grades at all", async () => {
    const { id, token, interviewer, candidate } = await seatedRoom(db.db, { start: true });
    const observer = await createUser(db.db);
    await joinRoom(db.db, observer.id, token);
    await finishSession(db.db, id, interviewer.id);
    await savePeerGrade(db.db, id, interviewer.id, body(3));
    await saveSelfGrade(db.db, id, candidate.id, body(3));
    expect(await gradesFor(id, observer.id)).toMatchObject({ self: null, peer: null, rating: null });
    await expect(saveSelfGrade(db.db, id, observer.id, body(3))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(savePeerGrade(db.db, id, observer.id, body(3))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets the candidate rate the interviewer once, and the interviewer see it", async () => {
    const { id, interviewer, candidate } = await finishedRound();
    await expect(rateInterviewer(db.db, id, interviewer.id, { helpfulness: 4, questionQuality: 4, comment: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await rateInterviewer(db.db, id, candidate.id, { helpfulness: 3, questionQuality: 4, comment: "Good hints on sharding." });
    await expect(rateInterviewer(db.db, id, candidate.id, { helpfulness: 1, questionQuality: 1, comment: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await gradesFor(id, interviewer.id)).rating).toMatchObject({ helpfulness: 3, questionQuality: 4, comment: "Good hints on sharding." });
  });

  it("shows the interviewer their private notes in the review, and nobody else; replay never includes them", async () => {
    const { id, interviewer, candidate, token } = await seatedRoom(db.db, { start: true });
    const observer = await createUser(db.db);
    await joinRoom(db.db, observer.id, token);
    const secret = "PRIVATE: candidate skipped capacity math";
    await appendDocumentUpdate(db.db, {
      sessionId: id,
      userId: interviewer.id,
      channel: "interviewer",
      update: updateOf((doc) => privateNotes(doc).push([{ id: "n1", phase: "clarify", minute: 3, text: secret, at: Date.now() }])),
    });
    await appendDocumentUpdate(db.db, { sessionId: id, userId: candidate.id, update: updateOf((doc) => doc.getText(notesTextName("clarify")).insert(0, "Shared words.")) });
    await finishSession(db.db, id, interviewer.id);
    expect((await getSessionReview(db.db, id, interviewer.id)).privateNotes.map((note) => note.text)).toEqual([secret]);
    for (const viewer of [candidate, observer]) {
      const review = await getSessionReview(db.db, id, viewer.id);
      expect(review.privateNotes).toEqual([]);
      expect(JSON.stringify(review)).not.toContain("PRIVATE");
      expect(review.notes.clarify).toBe("Shared words.");
      const log = await getReplayLog(db.db, id, viewer.id);
      expect(log.updates).toHaveLength(1);
      expect(Buffer.from(log.updates.map((u) => u.data).join(""), "base64").toString("latin1")).not.toContain("PRIVATE");
    }
  });

  it("lists a peer round in both people's history with their role", async () => {
    const { id, interviewer, candidate } = await finishedRound();
    const query = { sort: "newest" as const, page: 1 };
    const mine = (await listHistory(db.db, interviewer.id, query)).items.find((item) => item.id === id);
    const theirs = (await listHistory(db.db, candidate.id, query)).items.find((item) => item.id === id);
    expect(mine).toMatchObject({ mode: "peer", role: "interviewer", room: { round: 1, rounds: 1 } });
    expect(theirs).toMatchObject({ mode: "peer", role: "candidate" });
  });
});
