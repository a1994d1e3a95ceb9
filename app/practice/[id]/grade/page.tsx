import { formatScore } from "@/lib/format/score";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { questions } from "@/db/schema";
import { BlindStatus } from "@/components/grading/blind-status";
import { GradeForm } from "@/components/grading/grade-form";
import { RatingForm, RatingView } from "@/components/grading/rating-form";
import { PrivateNotesList } from "@/components/rooms/private-notes-list";
import { BoardSnapshot } from "@/components/grading/board-snapshot";
import { LevelExpectations } from "@/components/grading/level-expectations";
import { SessionSignalsPanel } from "@/components/grading/session-signals-panel";
import { GradesComparison } from "@/components/history/grades-comparison";
import { PhaseReference } from "@/components/questions/reference-answer";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getRubric } from "@/lib/grading/queries";
import { DEFAULT_TARGET } from "@/lib/grading/score";
import { loadRoundGrades } from "@/lib/grading/round-grades";
import type { GradeBody } from "@/lib/grading/schemas";
import { computeSessionSignals } from "@/lib/grading/session-signals";
import { toGradeView } from "@/lib/history/get-session-review";
import { AppError } from "@/lib/http/errors";
import { PHASES } from "@/lib/questions/phases";
import { readSessionDocument } from "@/lib/sessions/document/read-document";
import { notesTextName, privateNotes, readDraftLevels, readTicks } from "@/lib/sessions/document/shape";
import { accessOf, clockFacts, openSession } from "@/lib/sessions/open-session";
import { canGrade, canRateInterviewer } from "@/lib/sessions/permissions";
import { listParticipants, listRounds } from "@/lib/sessions/room-queries";
import { sessionIdSchema } from "@/lib/sessions/schemas";
import { getWhiteboardMap, readElements } from "@/lib/whiteboard/scene-sync";
import { getAccountSettings } from "@/lib/users/account-settings";

export const metadata: Metadata = { title: "Grade the session" };

type Props = { params: Promise<{ id: string }> };

function Message({ title, children, href, link }: { title: string; children: React.ReactNode; href: string; link: string }) {
  return (
    <div className="mx-auto max-w-xl rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{children}</p>
      <Link href={href} className="mt-4 inline-block font-semibold text-indigo-700 hover:underline">
        {link}
      </Link>
    </div>
  );
}

export default async function GradePage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/practice/${id}/grade`);
  if (!sessionIdSchema.safeParse(id).success) notFound();
  const db = getDb();
  const session = await openSession(db, id, user.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (session.status !== "finished") {
    return (
      <Message title={session.status === "abandoned" ? "This session was abandoned" : "Finish the session first"} href={`/practice/${session.id}`} link="Back to the session">
        Only finished sessions can be graded.
      </Message>
    );
  }
  const access = accessOf(session);
  const peer = session.mode === "peer";
  if (access.role === "observer") {
    return (
      <Message title="Observers do not grade" href={`/history/${session.id}`} link="Review the session">
        The interviewer and the candidate grade this round; their grades stay between them.
      </Message>
    );
  }
  const kind = access.role === "interviewer" ? "peer" : "self";
  const [grades, participants, rounds, settings] = await Promise.all([
    loadRoundGrades(db, session),
    peer ? listParticipants(db, session.id) : [],
    peer && session.roomId ? listRounds(db, session.roomId) : [],
    getAccountSettings(db, user.id),
  ]);
  const mine = kind === "peer" ? grades.peer : grades.self;
  const other = participants.find((person) => person.role === (kind === "peer" ? "candidate" : "interviewer"));
  const rubric = await getRubric(db, mine?.rubricVersion);
  const [question] = await db.select({ body: questions.body }).from(questions).where(eq(questions.id, session.question.id));
  if (!rubric || !question) throw new Error("The rubric or the question of this session is missing");
  const facts = clockFacts(session);
  const { signals, notes, elements } = await readSessionDocument(db, session.id, (doc) => ({
    signals: computeSessionSignals(facts, doc),
    notes: Object.fromEntries(PHASES.map((phase) => [phase.key, doc.getText(notesTextName(phase.key)).toString()])),
    elements: readElements(getWhiteboardMap(doc)).filter((element) => !element.isDeleted),
  }));
  // The interviewer's drafts and ticks from the live rubric pre-fill their grade.
  const interviewer =
    kind === "peer" && canGrade(access, "peer")
      ? await readSessionDocument(db, session.id, (doc) => ({ levels: readDraftLevels(doc), keyPoints: readTicks(doc), notes: privateNotes(doc).toArray() }), "interviewer")
      : null;
  const body = question.body;
  // Every phase of the interview is assessed, including ones folded away by the plan.
  const phases = PHASES.map((phase) => ({
    key: phase.key,
    title: phase.title,
    keyPoints: body.keyPoints[phase.key],
    notes: notes[phase.key] ?? "",
    reference: <PhaseReference body={body} phase={phase.key} />,
    // The board beside the design phases' key points: open by the high-level design, on request by the deep dive.
    board:
      phase.key === "high_level" || phase.key === "deep_dive" ? (
        <BoardSnapshot elements={elements} folded={phase.key === "deep_dive"} label={kind === "peer" ? "The candidate's whiteboard" : "Your whiteboard"} />
      ) : undefined,
  }));
  const next = rounds.find((round) => round.round === session.round + 1);
  const after = (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
      <span className="font-semibold text-indigo-900">Next:</span>
      <Link href={`/history/${session.id}`} className="font-semibold text-indigo-700 hover:underline">
        Review the session
      </Link>
      {peer ? (
        next ? (
          <Link href={`/practice/${next.id}`} className="font-semibold text-indigo-700 hover:underline">
            Go to round {next.round}
          </Link>
        ) : kind === "self" && rounds.at(-1)?.id === session.id ? (
          <Link href={`/practice/${session.id}/next-round`} className="font-semibold text-indigo-700 hover:underline">
            Swap roles: you interview next
          </Link>
        ) : null
      ) : (
        <Link href="/practice/new" className="font-semibold text-indigo-700 hover:underline">
          Start another session
        </Link>
      )}
      <Link href="/readiness" className="font-semibold text-indigo-700 hover:underline">
        See what to practise next
      </Link>
    </div>
  );
  // The level chosen for this session, else the candidate's own from settings (the interviewer reads the candidate's).
  const candidateSettings = kind === "self" ? settings : other ? await getAccountSettings(db, other.userId).catch(() => null) : null;
  const defaultTarget = session.targetLevel ?? candidateSettings?.targetLevel ?? DEFAULT_TARGET;
  const initial: GradeBody | null = mine?.body ?? (interviewer ? { levels: interviewer.levels, notes: {}, keyPoints: interviewer.keyPoints, reflection: "" } : null);

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/practice/${session.id}`} className="text-sm font-medium text-indigo-700 hover:underline">
          ← Back to the session
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">
          {kind === "peer" ? `Grade ${other?.name ?? "the candidate"}` : "Grade your session"}: {session.question.title}
        </h1>
        <p className="mt-1 text-slate-600">
          {kind === "peer"
            ? "Grade what the candidate did on the same rubric they grade themselves with. You submit it once."
            : "Be honest with yourself: the readiness page builds its picture from these grades."}
          {kind === "self" && mine ? " You graded this session before; changes are saved as a new revision." : ""}
        </p>
      </div>
      {peer && !grades.revealed ? (
        <BlindStatus role={kind === "peer" ? "interviewer" : "candidate"} otherName={other?.name ?? "Your partner"} selfSubmitted={grades.selfSubmitted} peerSubmitted={grades.peerSubmitted} revealsAt={grades.revealsAt} />
      ) : null}
      {peer && grades.revealed && (grades.self || grades.peer) ? (
        <section aria-labelledby="both-grades" className="space-y-3">
          <h2 id="both-grades" className="text-lg font-semibold">
            Self grade and interviewer&apos;s grade
          </h2>
          <GradesComparison rubric={rubric} self={grades.self && toGradeView(grades.self)} peer={grades.peer && toGradeView(grades.peer)} />
        </section>
      ) : null}
      {grades.rating && kind === "peer" ? <RatingView rating={grades.rating} /> : null}
      {kind === "self" && canRateInterviewer(access) && grades.selfSubmitted ? (
        grades.rating ? (
          <p className="text-sm text-slate-600">You rated {other?.name ?? "your interviewer"}. Thank you.</p>
        ) : (
          <RatingForm sessionId={session.id} interviewerName={other?.name ?? "your interviewer"} />
        )
      ) : null}
      {kind === "peer" && mine ? (
        <div className="rounded-xl bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-emerald-200" role="status">
          Your grade is submitted: {formatScore(mine.overallScore)} / 4. {after}
        </div>
      ) : (
        <>
          <SessionSignalsPanel signals={signals} />
          {kind === "self" ? <LevelExpectations expectations={body.interviewerGuide.expectations} level={session.targetLevel ?? settings.targetLevel} /> : null}
          {interviewer && interviewer.notes.length ? (
            <details className="rounded-xl bg-slate-50 p-5 ring-1 ring-slate-200" open>
              <summary className="cursor-pointer font-semibold">Your private notes from the interview ({interviewer.notes.length})</summary>
              <div className="mt-3">
                <PrivateNotesList notes={interviewer.notes} />
              </div>
            </details>
          ) : null}
          <GradeForm
            sessionId={session.id}
            rubric={rubric}
            kind={kind}
            initial={initial}
            saved={mine ? { revision: mine.revision, updatedAt: mine.updatedAt.toISOString() } : null}
            phases={phases}
            after={after}
            defaultTarget={defaultTarget}
          />
        </>
      )}
    </div>
  );
}
