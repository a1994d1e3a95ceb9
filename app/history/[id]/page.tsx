import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { Markdown } from "@/components/markdown";
import { AttemptsComparison } from "@/components/history/attempts-comparison";
import { ChatTranscript } from "@/components/history/chat-transcript";
import { GradeRevisions } from "@/components/history/grade-revisions";
import { BlindStatus } from "@/components/grading/blind-status";
import { RatingView } from "@/components/grading/rating-form";
import { PrivateNotesList } from "@/components/rooms/private-notes-list";
import { GradesComparison } from "@/components/history/grades-comparison";
import { PhaseTimeChart } from "@/components/history/phase-time-chart";
import { RedrawBoard } from "@/components/history/redraw-board";
import { SessionReplay } from "@/components/history/session-replay";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { formatLength, formatScore, formatWhen, signalLabel } from "@/lib/history/format";
import { getSessionReview } from "@/lib/history/get-session-review";
import { listAttempts } from "@/lib/history/queries";
import { AppError } from "@/lib/http/errors";
import { PHASES } from "@/lib/questions/phases";
import { readQuestionReference } from "@/lib/questions/read-reference";
import { readClock } from "@/lib/sessions/clock";
import { phaseTitle } from "@/lib/sessions/plan";
import { sessionIdSchema } from "@/lib/sessions/schemas";

export const metadata: Metadata = { title: "Session review" };

type Props = { params: Promise<{ id: string }> };

const STATUS = { lobby: "Waiting to start", active: "In progress", finished: "Finished", abandoned: "Abandoned" } as const;

function Section({ id, title, children, action }: { id: string; title: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export default async function SessionReviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/history/${id}`);
  const parsed = sessionIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const db = getDb();
  const now = readClock();
  const review = await getSessionReview(db, parsed.data, user.id, now).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { attempts, rubric: attemptsRubric } = await listAttempts(db, user.id, review.question.slug);
  const self = review.grades.self;
  // The redraw board is the candidate's, after the finish; the reference stays hidden where a live round hides it.
  const redrawDiagram =
    review.status === "finished" && review.role === "candidate"
      ? await readQuestionReference(db, review.question.slug, user.id).then(
          (reference) => reference.highLevel.diagram ?? null,
          () => null,
        )
      : null;
  const planned = new Set<string>(review.plan.map((phase) => phase.key));
  const notePhases = PHASES.filter((phase) => planned.has(phase.key) || review.notes[phase.key]?.trim());

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <Link href="/history" className="text-sm font-medium text-indigo-700 hover:underline">
          ← History
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">{review.question.title}</h1>
            <p className="mt-1 text-slate-600">
              {formatWhen(review.startedAt)} · {review.mode === "solo" ? "Solo" : `Peer interview${review.room && review.room.rounds.length > 1 ? `, round ${review.room.round}` : ""}, you were the ${review.role}`} ·{" "}
              {formatLength(review.duration.ms)}
              {review.duration.planned ? " planned" : ""}
            </p>
            {review.room ? (
              <p className="mt-1 text-sm text-slate-600" data-testid="round-people">
                {review.room.participants.map((person) => `${person.name} (${person.role})`).join(", ")}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <Badge tone={review.status === "active" ? "accent" : review.status === "finished" ? "easy" : "neutral"}>{STATUS[review.status]}</Badge>
              <Badge tone={review.question.difficulty as "easy"}>{review.question.difficulty}</Badge>
              <span className="text-sm text-slate-700" data-testid="overall-score">
                {self ? `Self score ${formatScore(self.overallScore)} / 4 · ${signalLabel(self.signal)}` : review.grades.peer ? `Interviewer's score ${formatScore(review.grades.peer.overallScore)} / 4` : "Not graded"}
              </span>
            </div>
            {review.room && review.room.rounds.length > 1 ? (
              <nav aria-label="Rounds of this room" className="mt-3 flex flex-wrap gap-2 text-sm">
                {review.room.rounds.map((round) =>
                  round.id === review.id ? (
                    <span key={round.id} aria-current="page" className="rounded-md bg-indigo-600 px-2.5 py-1 font-medium text-white">
                      Round {round.round}
                    </span>
                  ) : (
                    <Link key={round.id} href={`/history/${round.id}`} className="rounded-md px-2.5 py-1 font-medium text-indigo-700 ring-1 ring-inset ring-indigo-200 hover:bg-indigo-50">
                      Round {round.round}
                    </Link>
                  ),
                )}
              </nav>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            {review.status === "active" ? (
              <Link href={`/practice/${review.id}`} className={buttonStyles.primary}>
                Resume
              </Link>
            ) : null}
            <a href={`/api/history/${review.id}/export.md`} className={buttonStyles.secondary} download>
              Export Markdown
            </a>
            <Link href={`/questions/${review.question.slug}`} className={buttonStyles.secondary}>
              The question
            </Link>
          </div>
        </div>
      </header>

      <Section id="time" title="Time per phase">
        <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <PhaseTimeChart phases={review.phases} />
        </div>
      </Section>

      <Section id="grades" title="Grades">
        {review.blind && (review.role === "candidate" || review.role === "interviewer") ? (
          <BlindStatus
            role={review.role}
            otherName={review.room?.participants.find((person) => person.role === (review.role === "candidate" ? "interviewer" : "candidate"))?.name ?? "Your partner"}
            selfSubmitted={review.blind.selfSubmitted}
            peerSubmitted={review.blind.peerSubmitted}
            revealsAt={review.blind.revealsAt}
          />
        ) : null}
        {review.role === "observer" ? <p className="text-slate-600">Grades stay between the interviewer and the candidate.</p> : <GradesComparison rubric={review.rubric} self={review.grades.self} peer={review.grades.peer} />}
        <GradeRevisions rubric={review.rubric} revisions={review.selfRevisions} />
        {review.rating ? <RatingView rating={review.rating} /> : null}
      </Section>

      {review.privateNotes.length ? (
        <Section id="private-notes" title="Your private notes">
          <PrivateNotesList notes={review.privateNotes} testId="review-private-notes" />
        </Section>
      ) : null}

      <Section id="notes" title="Notes">
        <div className="space-y-3">
          {notePhases.map((phase) => (
            <section key={phase.key} aria-labelledby={`notes-${phase.key}`} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <h3 id={`notes-${phase.key}`} className="mb-2 font-semibold">
                {phaseTitle(phase.key)}
                {planned.has(phase.key) ? null : <span className="font-normal text-slate-500"> (not in the plan)</span>}
              </h3>
              {review.notes[phase.key]?.trim() ? <Markdown>{review.notes[phase.key]!}</Markdown> : <p className="text-slate-500">No notes.</p>}
            </section>
          ))}
        </div>
      </Section>

      {review.mode === "peer" ? (
        <Section id="chat" title="Chat">
          <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <ChatTranscript messages={review.chat} startedAt={review.startedAt} testId="review-chat" />
          </div>
        </Section>
      ) : null}

      <Section id="replay" title="Whiteboard and replay">
        <p className="text-sm text-slate-600">
          The scrubber moves through the session: the notes and the drawing show what they were at that moment. It starts at the end.
        </p>
        <SessionReplay
          sessionId={review.id}
          startedAt={review.startedAt}
          finishedAt={review.finishedAt}
          plan={review.plan}
          advances={review.advances}
          hasDrawing={review.drawing.total > 0}
          renderedAt={now}
          chat={review.mode === "peer" ? review.chat : null}
        />
      </Section>

      {redrawDiagram ? (
        <Section id="redraw" title="Compare and redraw">
          <RedrawBoard sessionId={review.id} diagram={redrawDiagram} />
        </Section>
      ) : null}

      <Section id="attempts" title="Your attempts at this question">
        <AttemptsComparison attempts={attempts} rubric={attemptsRubric} currentId={review.id} />
      </Section>
    </article>
  );
}
