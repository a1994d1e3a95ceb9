import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviewerRatings, sessionParticipants } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import { canRateInterviewer } from "@/lib/sessions/permissions";
import { runSessionVerb } from "@/lib/sessions/run-verb";
import type { InterviewerRatingInput, SavedRating } from "./schemas";

/** The candidate rates the interviewer once after a peer round; the interviewer sees it. */
export async function rateInterviewer(db: Db, sessionId: string, userId: string, input: InterviewerRatingInput): Promise<SavedRating> {
  return runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (!canRateInterviewer(access)) {
      if (session.status === "lobby" || session.status === "active") throw new AppError("CONFLICT", "Rate the interviewer after the interview has finished.");
      throw forbidden("Only the candidate rates the interviewer.");
    }
    const [interviewer] = await tx
      .select({ userId: sessionParticipants.userId })
      .from(sessionParticipants)
      .where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.role, "interviewer")))
      .limit(1);
    if (!interviewer) throw new AppError("CONFLICT", "This round has no interviewer to rate.");
    const [saved] = await tx
      .insert(interviewerRatings)
      .values({ sessionId, raterId: userId, interviewerId: interviewer.userId, ...input })
      .onConflictDoNothing()
      .returning();
    if (!saved) throw new AppError("CONFLICT", "You already rated your interviewer for this round.");
    return { result: saved, events: [{ type: "grade.submitted", sessionId }] };
  });
}
