import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { questions } from "@/db/schema";
import { GradeForm } from "@/components/grading/grade-form";
import { SessionSignalsPanel } from "@/components/grading/session-signals-panel";
import { PhaseReference } from "@/components/questions/reference-answer";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getGrade, getRubric } from "@/lib/grading/queries";
import { computeSessionSignals } from "@/lib/grading/session-signals";
import { AppError } from "@/lib/http/errors";
import { notesTextName } from "@/lib/sessions/document/shape";
import { readSessionDocument } from "@/lib/sessions/document/read-document";
import { clockFacts, openSession } from "@/lib/sessions/open-session";
import { phaseTitle } from "@/lib/sessions/plan";
import { sessionIdSchema } from "@/lib/sessions/schemas";

export const metadata: Metadata = { title: "Grade your session" };

type Props = { params: Promise<{ id: string }> };

export default async function GradePage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/practice/${id}/grade`);
  const parsed = sessionIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const db = getDb();
  const session = await openSession(db, parsed.data, user.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (session.status !== "finished") {
    return (
      <div className="mx-auto max-w-xl rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">{session.status === "active" ? "Finish the session first" : "This session was abandoned"}</h1>
        <p className="mt-2 text-slate-600">Only finished sessions can be graded.</p>
        <Link href={`/practice/${session.id}`} className="mt-4 inline-block font-semibold text-indigo-700 hover:underline">
          Back to the session
        </Link>
      </div>
    );
  }
  const existing = await getGrade(db, session.id, user.id, "self");
  const rubric = await getRubric(db, existing?.rubricVersion);
  const [question] = await db.select({ body: questions.body }).from(questions).where(eq(questions.slug, session.question.slug));
  const facts = clockFacts(session);
  const { signals, notes } = await readSessionDocument(db, session.id, (doc) => ({
    signals: computeSessionSignals(facts, doc),
    notes: Object.fromEntries(session.plan.map((phase) => [phase.key, doc.getText(notesTextName(phase.key)).toString()])),
  }));
  if (!rubric || !question) throw new Error("The rubric or the question of this session is missing");
  const body = question.body;
  // Every phase of the interview is assessed, including ones folded away by the plan.
  const phases = (["clarify", "estimate", "high_level", "deep_dive", "trade_offs"] as const).map((key) => ({
    key,
    title: phaseTitle(key),
    keyPoints: body.keyPoints[key],
    notes: notes[key] ?? "",
    reference: <PhaseReference body={body} phase={key} />,
  }));

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/practice/${session.id}`} className="text-sm font-medium text-indigo-700 hover:underline">
          ← Back to the session
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Grade your session: {session.question.title}</h1>
        <p className="mt-1 text-slate-600">
          Be honest with yourself: the readiness page builds its picture from these grades.
          {existing ? ` You graded this session before; changes are saved as a new revision.` : ""}
        </p>
      </div>
      <SessionSignalsPanel signals={signals} />
      <GradeForm
        sessionId={session.id}
        rubric={rubric}
        initial={existing?.body ?? null}
        saved={existing ? { revision: existing.revision, updatedAt: existing.updatedAt.toISOString() } : null}
        phases={phases}
      />
    </div>
  );
}
