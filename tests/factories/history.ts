import path from "node:path";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "@/db/client";
import { grades, practiceSessions, questions, rubricVersions, sessionParticipants, sessionPhaseAdvances, sessionUpdates } from "@/db/schema";
import { readYaml } from "@/lib/content/read-yaml";
import { rubricSchema, type HiringSignal, type Rubric } from "@/lib/grading/rubric-schema";
import { notesTextName } from "@/lib/sessions/document/shape";
import { DEFAULT_PLAN, type Plan } from "@/lib/sessions/plan";
import { touchUserData } from "@/lib/users/touch-user-data";
import { applyLocalElements, getWhiteboardMap, type WhiteboardElement } from "@/lib/whiteboard/scene-sync";
import { REAL_CONTENT } from "./content";

export const MIN = 60_000;

/**
 * Stores the shipped rubric versions so grades can point at them; returns version 1, the one the
 * recorded grades below are given on (as a user's older grades would be).
 */
export async function seedHistoryRubric(db: Db): Promise<Rubric> {
  const [first, current] = await Promise.all([
    readYaml(path.join(REAL_CONTENT, "rubric-history", "v1.yaml"), rubricSchema),
    readYaml(path.join(REAL_CONTENT, "rubric.yaml"), rubricSchema),
  ]);
  for (const rubric of [first, current]) {
    await db.insert(rubricVersions).values({ version: rubric.version, title: rubric.title, body: rubric, contentHash: "history-test" }).onConflictDoNothing();
  }
  return first;
}

/** A document edit at a minute of the session: text appended to a phase's notes, or a drawn box. */
export type TimedEdit = { atMinute: number; phase: string; text: string } | { atMinute: number; box: string };

export type RecordedSessionOptions = {
  question?: string;
  startedAt: Date;
  plan?: Plan;
  status?: "finished" | "abandoned" | "active";
  mode?: "solo" | "peer";
  role?: "candidate" | "interviewer";
  /** Minutes after the start at which each later phase began. */
  advancesAtMinutes?: number[];
  /** Minutes after the start when it finished (finished and abandoned sessions). */
  finishedAtMinute?: number;
  edits?: TimedEdit[];
  selfGrade?: { levels: Record<string, number>; notes?: Record<string, string>; reflection?: string; overallScore: number; signal?: HiringSignal };
  peerGrade?: { graderId: string; levels: Record<string, number>; notes?: Record<string, string>; reflection?: string; overallScore: number };
};

const signalFor = (score: number): HiringSignal => (score >= 3.5 ? "strong_hire" : score >= 2.75 ? "hire" : score >= 2 ? "lean_no_hire" : "no_hire");

/** The nth box drawn, placed to the right of the previous one. */
function box(id: string, nth: number): WhiteboardElement {
  return { id, type: "rectangle", version: 1, versionNonce: 1, x: 10 + nth * 160, y: 10, width: 120, height: 60, isDeleted: false, index: null };
}

/** Turns timed edits into the Yjs updates a client would have sent, each with its time. */
function recordEdits(startedAt: number, edits: TimedEdit[]): { createdAt: Date; data: Uint8Array }[] {
  const doc = new Y.Doc();
  const rows: { createdAt: Date; data: Uint8Array }[] = [];
  let boxes = 0;
  for (const edit of edits) {
    let captured: Uint8Array | undefined;
    const listener = (update: Uint8Array) => (captured = update);
    doc.on("update", listener);
    if ("box" in edit) {
      applyLocalElements(getWhiteboardMap(doc), [box(edit.box, boxes++)], "test");
    } else {
      const text = doc.getText(notesTextName(edit.phase));
      text.insert(text.length, edit.text);
    }
    doc.off("update", listener);
    rows.push({ createdAt: new Date(startedAt + edit.atMinute * MIN), data: captured! });
  }
  return rows;
}

/**
 * A session written straight into the tables as the practice room leaves one: participants,
 * phase advances and document updates at controlled times (explicit created_at), a finish
 * time, and optionally a self grade and a peer grade.
 */
export async function createRecordedSession(db: Db, userId: string, options: RecordedSessionOptions): Promise<{ id: string }> {
  const plan = options.plan ?? DEFAULT_PLAN;
  const status = options.status ?? "finished";
  const start = options.startedAt.getTime();
  const finishedAtMinute = options.finishedAtMinute ?? plan.reduce((sum, phase) => sum + phase.minutes, 0);
  const [question] = await db.select({ id: questions.id }).from(questions).where(eq(questions.slug, options.question ?? "url-shortener"));
  if (!question) throw new Error(`no question ${options.question}`);
  const [session] = await db
    .insert(practiceSessions)
    .values({
      questionId: question.id,
      plan,
      status,
      mode: options.mode ?? "solo",
      startedAt: options.startedAt,
      finishedAt: status === "active" ? null : new Date(start + finishedAtMinute * MIN),
      createdBy: userId,
    })
    .returning({ id: practiceSessions.id });
  const id = session!.id;
  await db.insert(sessionParticipants).values({ sessionId: id, userId, role: options.role ?? "candidate" });
  const advances = (options.advancesAtMinutes ?? []).map((minute, index) => ({ sessionId: id, phaseIndex: index + 1, at: new Date(start + minute * MIN) }));
  if (advances.length) await db.insert(sessionPhaseAdvances).values(advances);
  const updates = recordEdits(start, options.edits ?? []);
  for (const update of updates) {
    await db.insert(sessionUpdates).values({ sessionId: id, userId, createdAt: update.createdAt, byteSize: update.data.byteLength, data: update.data });
  }
  if (options.selfGrade) {
    const grade = options.selfGrade;
    await db.insert(grades).values({
      sessionId: id,
      graderId: userId,
      kind: "self",
      rubricVersion: 1,
      body: { levels: grade.levels, notes: grade.notes ?? {}, keyPoints: {}, reflection: grade.reflection ?? "" },
      overallScore: grade.overallScore,
      signal: grade.signal ?? signalFor(grade.overallScore),
    });
  }
  if (options.peerGrade) {
    const grade = options.peerGrade;
    await db.insert(sessionParticipants).values({ sessionId: id, userId: grade.graderId, role: "interviewer" }).onConflictDoNothing();
    await db.insert(grades).values({
      sessionId: id,
      graderId: grade.graderId,
      kind: "peer",
      rubricVersion: 1,
      body: { levels: grade.levels, notes: grade.notes ?? {}, keyPoints: {}, reflection: grade.reflection ?? "" },
      overallScore: grade.overallScore,
      signal: signalFor(grade.overallScore),
    });
  }
  return { id };
}

export type PeerRoundOptions = {
  question?: string;
  /** When the round finished; it ran the default 45-minute plan before that. */
  finishedAt: Date;
  /** The candidate's self grade (levels per dimension), if they graded themselves. */
  selfLevels?: Record<string, number>;
  /** The interviewer's grade of the candidate, if they graded. */
  peerLevels?: Record<string, number>;
};

const meanLevel = (levels: Record<string, number>) => {
  const values = Object.values(levels);
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
};

/**
 * A finished peer round between a candidate and an interviewer, with the grades each submitted
 * (overall score: the plain mean of the levels), and both users' data marked changed as the
 * grading verbs do, so cached readiness sees it.
 */
export async function recordPeerRound(db: Db, candidateId: string, interviewerId: string, options: PeerRoundOptions): Promise<{ id: string }> {
  const minutes = DEFAULT_PLAN.reduce((sum, phase) => sum + phase.minutes, 0);
  const round = await createRecordedSession(db, candidateId, {
    question: options.question,
    startedAt: new Date(options.finishedAt.getTime() - minutes * MIN),
    mode: "peer",
    role: "candidate",
    finishedAtMinute: minutes,
    selfGrade: options.selfLevels ? { levels: options.selfLevels, overallScore: meanLevel(options.selfLevels) } : undefined,
    peerGrade: options.peerLevels ? { graderId: interviewerId, levels: options.peerLevels, overallScore: meanLevel(options.peerLevels) } : undefined,
  });
  // Without a peer grade the interviewer was not added above.
  await db.insert(sessionParticipants).values({ sessionId: round.id, userId: interviewerId, role: "interviewer" }).onConflictDoNothing();
  await touchUserData(db, [candidateId, interviewerId]);
  return round;
}
