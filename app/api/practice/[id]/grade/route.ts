import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getGrade, listGradeRevisions } from "@/lib/grading/queries";
import { saveSelfGrade } from "@/lib/grading/save-self-grade";
import { saveGradeSchema } from "@/lib/grading/schemas";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser, sessionIdFrom } from "@/lib/http/session-route";
import { openSession } from "@/lib/sessions/open-session";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PUT = route<Context>(async (request, { params }) => {
  const user = await requireUser();
  const id = await sessionIdFrom(params);
  const input = await parseJsonBody(request, saveGradeSchema, 64 * 1024);
  const grade = await saveSelfGrade(getDb(), id, user.id, input);
  return NextResponse.json({ grade });
});

export const GET = route<Context>(async (_request, { params }) => {
  const user = await requireUser();
  const id = await sessionIdFrom(params);
  const db = getDb();
  await openSession(db, id, user.id); // 404 unless a participant
  const grade = await getGrade(db, id, user.id, "self");
  return NextResponse.json({ grade: grade ?? null, revisions: grade ? await listGradeRevisions(db, grade.id) : [] });
});
