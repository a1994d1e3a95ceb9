import Link from "next/link";
import type { SessionSnapshot } from "@/lib/sessions/schemas";

/** After a peer round: where each person goes next (grading, the next round, the review). */
export function RoundOverBanner({ snapshot }: { snapshot: SessionSnapshot }) {
  const room = snapshot.room;
  const next = room?.rounds.find((round) => round.round === (room?.round ?? 0) + 1);
  const link = "font-semibold text-indigo-700 hover:underline";
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 bg-slate-100 px-4 py-2 text-sm text-slate-700" data-testid="finished-banner">
      <span>This round is {snapshot.status}. Its notes and board are read-only.</span>
      {snapshot.status === "finished" && snapshot.role !== "observer" ? (
        <Link href={`/practice/${snapshot.id}/grade`} className={link}>
          {snapshot.role === "interviewer" ? "Grade the candidate" : "Grade yourself"}
        </Link>
      ) : null}
      {next ? (
        <Link href={`/practice/${next.id}`} className={link}>
          Go to round {next.round}
        </Link>
      ) : snapshot.can.nextRound ? (
        <Link href={`/practice/${snapshot.id}/next-round`} className={link}>
          Swap roles: pick a question to ask
        </Link>
      ) : snapshot.role === "interviewer" && snapshot.status === "finished" ? (
        <span className="text-slate-500">To swap roles, your candidate picks the next question.</span>
      ) : null}
      <Link href={`/history/${snapshot.id}`} className={link}>
        Review
      </Link>
    </div>
  );
}
