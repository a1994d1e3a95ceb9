import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rubricVersions } from "@/db/schema";
import { loadRoundGrades, type StoredGrade } from "@/lib/grading/round-grades";
import { readSessionDocument } from "@/lib/sessions/document/read-document";
import { privateNotes as privateNotesOf, type PrivateNote } from "@/lib/sessions/document/shape";
import { listChatMessages } from "@/lib/sessions/chat/queries";
import type { ChatMessage } from "@/lib/sessions/chat/schemas";
import { canJoinInterviewerChannel, canReadChat } from "@/lib/sessions/permissions";
import type { StoredSession } from "@/lib/sessions/queries";
import { getRoomView } from "@/lib/sessions/room-queries";
import { listGradeRevisions } from "@/lib/grading/queries";
import type { HiringSignal, Rubric } from "@/lib/grading/rubric-schema";
import { accessOf, clockFacts, openSession } from "@/lib/sessions/open-session";
import type { Plan } from "@/lib/sessions/plan";
import type { ParticipantView, Role, SessionStatus } from "@/lib/sessions/schemas";
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
  /** Peer grades: the interviewer's feedback. */
  wentWell: string;
  workOn: string;
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
  /** Peer rounds while grades are still blind: who has submitted, and when they show anyway. */
  blind: { selfSubmitted: boolean; peerSubmitted: boolean; revealsAt: number | null } | null;
  rating: { helpfulness: number; questionQuality: number; comment: string; raterName: string; createdAt: number } | null;
  /** Peer rounds: every round of the room and who took part in this one. */
  room: { round: number; rounds: { id: string; round: number; status: SessionStatus }[]; participants: ParticipantView[] } | null;
  /** The interviewer's private notes: for the interviewer's own review only (empty for anyone else). */
  privateNotes: PrivateNote[];
  /** Peer rounds: the chat everyone in the round saw, oldest first (empty for solo sessions). */
  chat: ChatMessage[];
};

/** A stored grade as the review shows it. */
export function toGradeView(grade: StoredGrade): GradeView {
  return {
    kind: grade.kind,
    graderName: grade.graderName,
    rubricVersion: grade.rubricVersion,
    overallScore: grade.overallScore,
    signal: grade.signal,
    levels: grade.body.levels,
    notes: grade.body.notes ?? {},
    reflection: grade.body.reflection ?? "",
    wentWell: grade.body.wentWell ?? "",
    workOn: grade.body.workOn ?? "",
    updatedAt: grade.updatedAt.getTime(),
  };
}

/** The session's grades as the viewer may see them (blind rules included), with their rubric. */
async function loadGrades(db: Db, session: StoredSession) {
  const round = await loadRoundGrades(db, session);
  const version = round.self?.rubricVersion ?? round.peer?.rubricVersion;
  const [[rubric], revisions] = await Promise.all([
    version ? db.select({ body: rubricVersions.body }).from(rubricVersions).where(eq(rubricVersions.version, version)).limit(1) : [],
    round.self ? listGradeRevisions(db, round.self.id) : [],
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
  return { round, selfRevisions, rubric: rubric?.body ?? null };
}

/**
 * A session as its review shows it, for one of its participants (404 for anyone else): the
 * clock per phase, the notes rebuilt from the log, and the grades.
 */
export async function getSessionReview(db: Db, sessionId: string, userId: string, now = Date.now()): Promise<SessionReview> {
  const session = await openSession(db, sessionId, userId);
  const facts = { ...clockFacts(session), startedAt: session.startedAt.getTime() };
  const access = accessOf(session);
  const [updates, graded, room, privateNotes, chat] = await Promise.all([
    loadSessionUpdates(db, sessionId),
    loadGrades(db, session),
    getRoomView(db, session, access),
    // The interviewer's own private notes; nobody else's review reads that document.
    canJoinInterviewerChannel(access) ? readSessionDocument(db, sessionId, (doc) => privateNotesOf(doc).toArray(), "interviewer") : [],
    canReadChat(access) ? listChatMessages(db, sessionId) : [],
  ]);
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
      grades: { self: graded.round.self && toGradeView(graded.round.self), peer: graded.round.peer && toGradeView(graded.round.peer) },
      blind: graded.round.revealed ? null : { selfSubmitted: graded.round.selfSubmitted, peerSubmitted: graded.round.peerSubmitted, revealsAt: graded.round.revealsAt },
      rating: graded.round.rating && { ...graded.round.rating, createdAt: graded.round.rating.createdAt.getTime() },
      selfRevisions: graded.selfRevisions,
      rubric: graded.rubric,
      room: room && { round: room.round, rounds: room.rounds, participants: room.participants },
      privateNotes,
      chat,
    };
  } finally {
    doc.destroy();
  }
}
