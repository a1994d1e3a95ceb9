import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listGradeRevisions } from "@/lib/grading/queries";
import { saveSelfGrade } from "@/lib/grading/save-self-grade";
import { gradeBodySchema } from "@/lib/grading/schemas";
import { computeSessionSignals } from "@/lib/grading/session-signals";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { notesTextName } from "@/lib/sessions/document/shape";
import { readSessionDocument } from "@/lib/sessions/document/read-document";
import { finishSession } from "@/lib/sessions/finish-session";
import { clockFacts, openSession } from "@/lib/sessions/open-session";
import { allLevels, seedRubric } from "../factories/rubric";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";
import type { Rubric } from "@/lib/grading/rubric-schema";

describe.each(backends())("self-grading on %s", (backend) => {
  let db: TestDb;
  let rubric: Rubric;
  let owner: { id: string };
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
    rubric = await seedRubric(db.db);
    owner = await createUser(db.db);
  });
  afterAll(async () => {
    await db.drop();
  });

  const grade = (level: number, extra: Partial<{ reflection: string; keyPoints: Record<string, number[]> }> = {}) => ({
    rubricVersion: rubric.version,
    levels: allLevels(rubric, level),
    notes: { estimation: "Forgot peak traffic." },
    keyPoints: extra.keyPoints ?? { clarify: [0, 1] },
    reflection: extra.reflection ?? "Estimate before drawing.",
  });

  it("refuses to grade an unfinished session, and lets only the candidate grade", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    await expect(saveSelfGrade(db.db, id, owner.id, grade(3))).rejects.toMatchObject({ code: "CONFLICT", message: "Finish the session before grading it." });
    await finishSession(db.db, id, owner.id);
    const stranger = await createUser(db.db);
    await expect(saveSelfGrade(db.db, id, stranger.id, grade(3))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stores the grade with its rubric version and score, and keeps every revision when edited", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    await finishSession(db.db, id, owner.id);
    const first = await saveSelfGrade(db.db, id, owner.id, grade(2));
    expect(first).toMatchObject({ rubricVersion: rubric.version, revision: 1, overallScore: 2, signal: "lean_no_hire", kind: "self" });
    const second = await saveSelfGrade(db.db, id, owner.id, grade(4, { reflection: "Much better on reflection." }));
    expect(second).toMatchObject({ id: first.id, revision: 2, overallScore: 4, signal: "strong_hire" });
    const revisions = await listGradeRevisions(db.db, first.id);
    expect(revisions.map((r) => [r.revision, r.overallScore, r.body.reflection])).toEqual([
      [2, 4, "Much better on reflection."],
      [1, 2, "Estimate before drawing."],
    ]);
  });

  it("refuses levels outside the rubric, unknown rubric versions, and oversize notes", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    await finishSession(db.db, id, owner.id);
    await expect(saveSelfGrade(db.db, id, owner.id, { ...grade(3), rubricVersion: 9 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(saveSelfGrade(db.db, id, owner.id, { ...grade(3), keyPoints: { clarify: [40] } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(gradeBodySchema.safeParse({ ...grade(3), levels: { requirements: 5 } }).success).toBe(false);
    expect(gradeBodySchema.safeParse({ ...grade(3), notes: { requirements: "x".repeat(2001) } }).success).toBe(false);
  });

  it("measures time per phase and words written from the session itself", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    const doc = new Y.Doc();
    let update: Uint8Array | undefined;
    doc.on("update", (u: Uint8Array) => (update = u));
    doc.getText(notesTextName("clarify")).insert(0, "Who uses it? Read heavy, 100M DAU.");
    await appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update: update! });
    await finishSession(db.db, id, owner.id);
    const session = await openSession(db.db, id, owner.id);
    const signals = await readSessionDocument(db.db, id, (stored) => computeSessionSignals(clockFacts(session), stored));
    expect(signals.map((s) => s.key)).toEqual(["clarify", "estimate", "high_level", "deep_dive", "trade_offs"]);
    // Finished within seconds: clarify got almost no time, but it has notes, so it was not skipped.
    expect(signals[0]).toMatchObject({ words: 7, overrun: false, skipped: false });
    expect(signals[1]).toMatchObject({ words: 0, skipped: true, spentMs: 0 });
  });
});

describe.each(backends())("question stats on %s", (backend) => {
  it("count finished attempts and the best self-graded score per question, for the owner only", async () => {
    const db = await createTestDb(backend);
    try {
      await seedQuestions(db.db);
      const rubric = await seedRubric(db.db);
      const owner = await createUser(db.db);
      const { getQuestionStats } = await import("@/lib/questions/question-stats");
      const levels = (level: number) => ({ rubricVersion: rubric.version, levels: allLevels(rubric, level), notes: {}, keyPoints: {}, reflection: "" });
      for (const level of [2, 3]) {
        const { id } = await startTestSession(db.db, owner.id);
        await finishSession(db.db, id, owner.id);
        await saveSelfGrade(db.db, id, owner.id, levels(level));
      }
      await startTestSession(db.db, owner.id); // still active: not an attempt yet
      const ungraded = await startTestSession(db.db, owner.id, "rate-limiter");
      await finishSession(db.db, ungraded.id, owner.id);
      expect(await getQuestionStats(db.db, owner.id)).toEqual({
        "url-shortener": { attempts: 2, bestScore: 3 },
        "rate-limiter": { attempts: 1, bestScore: null },
      });
      expect(await getQuestionStats(db.db, (await createUser(db.db)).id)).toEqual({});
    } finally {
      await db.drop();
    }
  });
});
