import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, interviewerRatings, users } from "@/db/schema";
import type { StoredSession } from "@/lib/sessions/queries";
import { canSeeGrades } from "@/lib/sessions/permissions";
import { accessOf } from "@/lib/sessions/open-session";
import { canReadGrade, gradesRevealed, revealsAt } from "./blind";
import type { RoundGrades, StoredGrade, StoredRating } from "./schemas";

export type { RoundGrades, StoredGrade, StoredRating };

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
