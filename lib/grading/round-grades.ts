import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, interviewerRatings, users } from "@/db/schema";
import type { StoredSession } from "@/lib/sessions/queries";
import { canSeeGrades } from "@/lib/sessions/permissions";
import { accessOf } from "@/lib/sessions/open-session";
import { canReadGrade, gradesRevealed, revealsAt } from "./blind";
import type { HiringSignal } from "./rubric-schema";
import type { GradeBody } from "./schemas";

export type StoredGrade = {
  id: string;
  kind: "self" | "peer";
  graderId: string;
  graderName: string;
  rubricVersion: number;
  overallScore: number;
  signal: HiringSignal;
  body: GradeBody;
  revision: number;
  updatedAt: Date;
};

export type StoredRating = { helpfulness: number; questionQuality: number; comment: string; createdAt: Date; raterName: string };

/** A session's grades as one viewer may see them. */
export type RoundGrades = {
  /** The candidate's self grade. */
  self: StoredGrade | null;
  /** The interviewer's grade of the candidate (peer rounds). */
  peer: StoredGrade | null;
  /** Peer rounds: whether each side has submitted (shown to both, the content only once revealed). */
  selfSubmitted: boolean;
  peerSubmitted: boolean;
  revealed: boolean;
  /** When the blind lifts by itself (epoch ms), if it has not yet. */
  revealsAt: number | null;
  /** The candidate's rating of the interviewer, for the two of them. */
  rating: StoredRating | null;
};

const NONE: RoundGrades = { self: null, peer: null, selfSubmitted: false, peerSubmitted: false, revealed: false, revealsAt: null, rating: null };

/**
 * The grades of a session projected for its viewer. In a peer round grades are blind: the other
 * side's grade is left out until both are in or 48 hours have passed; observers see none.
 */
export async function loadRoundGrades(db: Db, session: StoredSession, now = Date.now()): Promise<RoundGrades> {
  if (!canSeeGrades(accessOf(session))) return NONE;
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
      revision: grades.revision,
      updatedAt: grades.updatedAt,
    })
    .from(grades)
    .innerJoin(users, eq(users.id, grades.graderId))
    .where(eq(grades.sessionId, session.id));
  const self = rows.find((row) => row.kind === "self") ?? null;
  const peer = rows.find((row) => row.kind === "peer") ?? null;
  if (session.mode === "solo") return { ...NONE, self, selfSubmitted: Boolean(self), revealed: true };

  const finishedAt = session.finishedAt?.getTime() ?? null;
  const revealed = gradesRevealed({ finishedAt, selfSubmitted: Boolean(self), peerSubmitted: Boolean(peer) }, now);
  const [rating] = await db
    .select({
      helpfulness: interviewerRatings.helpfulness,
      questionQuality: interviewerRatings.questionQuality,
      comment: interviewerRatings.comment,
      createdAt: interviewerRatings.createdAt,
      raterName: users.name,
    })
    .from(interviewerRatings)
    .innerJoin(users, eq(users.id, interviewerRatings.raterId))
    .where(eq(interviewerRatings.sessionId, session.id))
    .limit(1);
  const visible = (grade: StoredGrade | null) => (grade && canReadGrade(grade, session.viewerId, revealed) ? grade : null);
  return {
    self: visible(self),
    peer: visible(peer),
    selfSubmitted: Boolean(self),
    peerSubmitted: Boolean(peer),
    revealed,
    revealsAt: revealed ? null : revealsAt(finishedAt),
    rating: rating ?? null,
  };
}
