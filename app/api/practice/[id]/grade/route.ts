import { NextResponse } from "next/server";
import { listGradeRevisions } from "@/lib/grading/queries";
import { loadRoundGrades } from "@/lib/grading/round-grades";
import { saveSelfGrade } from "@/lib/grading/save-self-grade";
import { saveGradeSchema, type SelfGradeView } from "@/lib/grading/schemas";
import { parseJsonBody } from "@/lib/http/route";
import { withSession } from "@/lib/http/session-route";
import { openSession } from "@/lib/sessions/open-session";

export const dynamic = "force-dynamic";

/** The candidate's self grade: saving again adds a revision. */
export const PUT = withSession(async ({ request, db, sessionId, user }) => {
  const input = await parseJsonBody(request, saveGradeSchema, 64 * 1024);
  return NextResponse.json({ grade: await saveSelfGrade(db, sessionId, user.id, input) });
});

/** The self grade as this viewer may see it (in a peer round the interviewer sees it once grades are revealed). */
export const GET = withSession(async ({ db, sessionId, user }) => {
  const grades = await loadRoundGrades(db, await openSession(db, sessionId, user.id));
  const grade = grades.self;
  return NextResponse.json(
    { grade, revisions: grade ? await listGradeRevisions(db, grade.id) : [], revealed: grades.revealed, revealsAt: grades.revealsAt } satisfies SelfGradeView,
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
