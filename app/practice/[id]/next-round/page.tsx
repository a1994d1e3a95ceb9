import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { NextRoundPicker } from "@/components/rooms/next-round-picker";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { AppError } from "@/lib/http/errors";
import { listQuestionChoices } from "@/lib/questions/queries";
import { countFinishedByQuestion } from "@/lib/readiness/practice-history";
import { accessOf, openSession } from "@/lib/sessions/open-session";
import { canStartNextRound } from "@/lib/sessions/permissions";
import { listParticipants, listRounds } from "@/lib/sessions/room-queries";
import { sessionIdSchema } from "@/lib/sessions/schemas";

export const metadata: Metadata = { title: "Swap roles" };

type Props = { params: Promise<{ id: string }> };

/** "Swap roles": this round's candidate becomes the interviewer and picks what to ask. */
export default async function NextRoundPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/practice/${id}/next-round`);
  if (!sessionIdSchema.safeParse(id).success) notFound();
  const db = getDb();
  const session = await openSession(db, id, user.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (session.mode !== "peer" || !session.roomId) notFound();
  const [rounds, participants] = await Promise.all([listRounds(db, session.roomId), listParticipants(db, session.id)]);
  const next = rounds.find((round) => round.round === session.round + 1);
  if (next) redirect(`/practice/${next.id}`);
  if (!canStartNextRound(accessOf(session), rounds.at(-1)?.id === session.id)) {
    return (
      <div className="mx-auto max-w-xl rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold">The new interviewer picks the question</h1>
        <p className="mt-2 text-slate-600">When roles swap, this round&apos;s candidate interviews next and chooses what to ask. The next round appears in the room once they have.</p>
        <Link href={`/practice/${session.id}`} className="mt-4 inline-block font-semibold text-indigo-700 hover:underline">
          Back to the room
        </Link>
      </div>
    );
  }
  const newCandidate = participants.find((person) => person.role === "interviewer");
  const [choices, practised] = await Promise.all([listQuestionChoices(db), newCandidate ? countFinishedByQuestion(db, newCandidate.userId) : new Map<string, number>()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href={`/practice/${session.id}`} className="text-sm font-medium text-indigo-700 hover:underline">
          ← Back to round {session.round}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Swap roles: round {session.round + 1}</h1>
        <p className="mt-1 text-slate-600">
          You interview {newCandidate?.name ?? "your partner"} this time. Pick a question they have not practised yet: the ones they have are marked.
        </p>
      </div>
      <NextRoundPicker
        sessionId={session.id}
        candidateName={newCandidate?.name ?? "Your partner"}
        choices={choices.map((choice) => ({ ...choice, practised: practised.get(choice.slug) ?? 0 }))}
        currentSlug={session.question.slug}
      />
    </div>
  );
}
