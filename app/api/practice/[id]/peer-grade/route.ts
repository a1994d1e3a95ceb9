import { NextResponse } from "next/server";
import { loadRoundGrades } from "@/lib/grading/round-grades";
import { savePeerGrade } from "@/lib/grading/save-peer-grade";
import { saveGradeSchema, type PeerGradeView } from "@/lib/grading/schemas";
import { parseJsonBody } from "@/lib/http/route";
import { withSession } from "@/lib/http/session-route";
import { openSession } from "@/lib/sessions/open-session";

export const dynamic = "force-dynamic";

/** The interviewer's grade of the candidate, submitted once. */
export const PUT = withSession(async ({ request, db, sessionId, user }) => {
  const input = await parseJsonBody(request, saveGradeSchema, 64 * 1024);
  return NextResponse.json({ grade: await savePeerGrade(db, sessionId, user.id, input) }, { status: 201 });
});

/** The peer grade as this viewer may see it: blind to the candidate until both have graded or 48 hours pass. */
export const GET = withSession(async ({ db, sessionId, user }) => {
  const grades = await loadRoundGrades(db, await openSession(db, sessionId, user.id));
  return NextResponse.json(
    { grade: grades.peer, submitted: grades.peerSubmitted, revealed: grades.revealed, revealsAt: grades.revealsAt } satisfies PeerGradeView,
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
