import { formatDateTime } from "@/lib/format/dates";

/** Where a blind peer round's grades stand, from one side's point of view. */
export function BlindStatus({ role, otherName, selfSubmitted, peerSubmitted, revealsAt }: { role: "candidate" | "interviewer"; otherName: string; selfSubmitted: boolean; peerSubmitted: boolean; revealsAt: number | null }) {
  const mine = role === "candidate" ? selfSubmitted : peerSubmitted;
  const theirs = role === "candidate" ? peerSubmitted : selfSubmitted;
  return (
    <div role="status" className="rounded-xl bg-slate-100 p-4 text-sm text-slate-700" data-testid="blind-status">
      <p className="font-semibold text-slate-900">Grades are blind</p>
      <p className="mt-1">
        {mine ? "Yours is in." : "You have not graded yet."} {theirs ? `${otherName} has graded too.` : `${otherName} has not graded yet.`} Each of you sees the other&apos;s grade once
        both are in{revealsAt ? `, or from ${formatDateTime(revealsAt)}` : ""}.
      </p>
    </div>
  );
}
