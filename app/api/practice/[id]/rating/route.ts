import { NextResponse } from "next/server";
import { rateInterviewer } from "@/lib/grading/rate-interviewer";
import { loadRoundGrades } from "@/lib/grading/round-grades";
import { interviewerRatingSchema, type RatingView } from "@/lib/grading/schemas";
import { parseJsonBody } from "@/lib/http/route";
import { withSession } from "@/lib/http/session-route";
import { openSession } from "@/lib/sessions/open-session";

export const dynamic = "force-dynamic";

/** The candidate's rating of the interviewer (once per round). */
export const PUT = withSession(async ({ request, db, sessionId, user }) => {
  const input = await parseJsonBody(request, interviewerRatingSchema);
  return NextResponse.json({ rating: await rateInterviewer(db, sessionId, user.id, input) }, { status: 201 });
});

export const GET = withSession(async ({ db, sessionId, user }) => {
  const grades = await loadRoundGrades(db, await openSession(db, sessionId, user.id));
  return NextResponse.json({ rating: grades.rating } satisfies RatingView, { headers: { "Cache-Control": "private, no-store" } });
});
