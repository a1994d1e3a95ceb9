import { and, desc, eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, rubricVersions, users } from "@/db/schema";
import { listGradeRevisions } from "@/lib/grading/queries";
import type { HiringSignal, Rubric } from "@/lib/grading/rubric-schema";
import { clockFacts, openSession } from "@/lib/sessions/open-session";
import type { Plan } from "@/lib/sessions/plan";
import type { Role, SessionStatus } from "@/lib/sessions/schemas";
import { sessionDuration } from "./format";
import { buildDocument, countDrawnElements, loadSessionUpdates, readNotes } from "./load-session-document";
import { phaseTimes, type PhaseTime } from "./phase-times";

export type GradeView = {
  kind: "self" | "peer";
  graderName: string;
  rubricVersion: number;
  overallScore: number;
  signal: HiringSignal;
  levels: Record<string, number>;
  notes: Record<string, string>;
  reflection: string;
  updatedAt: number;
};

/** One saved version of a grade, newest first in lists; `savedAt` is epoch milliseconds. */
export type GradeRevisionView = {
  revision: number;
  savedAt: number;
  rubricVersion: number;
  overallScore: number;
  signal: HiringSignal;
  levels: Record<string, number>;
  reflection: string;
};

/** Everything the review page and the Markdown export show; times are epoch milliseconds. */
export type SessionReview = {
  id: string;
  status: SessionStatus;
  mode: "solo" | "peer";
  role: Role;
  plan: Plan;
  startedAt: number;
  finishedAt: number | null;
  advances: number[];
  question: { slug: string; title: string; difficulty: string };
  duration: { ms: number; planned: boolean };
  phases: PhaseTime[];
  /** Final notes per phase of the framework, rebuilt from the update log. */
  notes: Record<string, string>;
  /** Whiteboard elements shown at the end, and ever drawn (erased ones included). */
  drawing: { visible: number; total: number };
  updateCount: number;
  grades: { self: GradeView | null; peer: GradeView | null };
  /** Every saved version of the viewer's self grade, newest first (one entry when never edited). */
  selfRevisions: GradeRevisionView[];
  /** The rubric the grades were given against (the self grade's, else the peer grade's). */
  rubric: Rubric | null;
};

/** The viewer's own self grade and the peer grade of the session, with their rubrics. */
async function loadGrades(db: Db, sessionId: string, userId: string) {
  const rows = await db
    .select({
      id: grades.id,
      kind: grades.kind,
      graderId: grades.graderId,
      graderName: users.name,
      rubricVersion: grades.rubricVersion,
      overallScore: grades.overallScore,
      signal: grades.signal,
      body: grades.body,
      updatedAt: grades.updatedAt,
    })
    .from(grades)
    .innerJoin(users, eq(users.id, grades.graderId))
    .where(and(eq(grades.sessionId, sessionId), or(and(eq(grades.kind, "self"), eq(grades.graderId, userId)), eq(grades.kind, "peer"))))
    .orderBy(desc(grades.updatedAt));
  const view = (row: (typeof rows)[number]): GradeView => ({
    kind: row.kind,
    graderName: row.graderName,
    rubricVersion: row.rubricVersion,
    overallScore: row.overallScore,
    signal: row.signal,
    levels: row.body.levels,
    notes: row.body.notes ?? {},
    reflection: row.body.reflection ?? "",
    updatedAt: row.updatedAt.getTime(),
  });
  const self = rows.find((row) => row.kind === "self");
  // In a peer room the candidate reads the interviewer's grade of them; prefer another grader's.
  const peer = rows.find((row) => row.kind === "peer" && row.graderId !== userId) ?? rows.find((row) => row.kind === "peer");
  const version = self?.rubricVersion ?? peer?.rubricVersion;
  const [[rubric], revisions] = await Promise.all([
    version ? db.select({ body: rubricVersions.body }).from(rubricVersions).where(eq(rubricVersions.version, version)).limit(1) : [],
    self ? listGradeRevisions(db, self.id) : [],
  ]);
  const selfRevisions = revisions.map(
    (row): GradeRevisionView => ({
      revision: row.revision,
      savedAt: row.createdAt.getTime(),
      rubricVersion: row.rubricVersion,
      overallScore: row.overallScore,
      signal: row.signal as HiringSignal,
      levels: row.body.levels,
      reflection: row.body.reflection ?? "",
    }),
  );
  return { self: self ? view(self) : null, peer: peer ? view(peer) : null, selfRevisions, rubric: rubric?.body ?? null };
}

/**
 * A session as its review shows it, for one of its participants (404 for anyone else): the
 * clock per phase, the notes rebuilt from the log, and the grades.
 */
export async function getSessionReview(db: Db, sessionId: string, userId: string, now = Date.now()): Promise<SessionReview> {
  const session = await openSession(db, sessionId, userId);
  const facts = { ...clockFacts(session), startedAt: session.startedAt.getTime() };
  const [updates, graded] = await Promise.all([loadSessionUpdates(db, sessionId), loadGrades(db, sessionId, userId)]);
  const doc = buildDocument(updates.map((update) => update.data));
  try {
    return {
      id: session.id,
      status: session.status,
      mode: session.mode,
      role: session.role,
      plan: session.plan,
      startedAt: facts.startedAt,
      finishedAt: facts.finishedAt,
      advances: facts.advances,
      question: { slug: session.question.slug, title: session.question.title, difficulty: session.question.difficulty },
      duration: sessionDuration(facts),
      phases: phaseTimes(facts, now),
      notes: readNotes(doc),
      drawing: countDrawnElements(doc),
      updateCount: updates.length,
      grades: { self: graded.self, peer: graded.peer },
      selfRevisions: graded.selfRevisions,
      rubric: graded.rubric,
    };
  } finally {
    doc.destroy();
  }
}
