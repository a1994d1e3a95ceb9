"use client";

import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { RoomState } from "@/components/practice/use-room";
import { phaseTitle, planMinutes } from "@/lib/questions/phases";
import type { SessionSnapshot } from "@/lib/sessions/schemas";
import { InviteLink } from "./invite-link";

/** The waiting room of a peer round: who is here in which role, the invite link, and Start. */
export function LobbyPanel({ snapshot, people, room }: { snapshot: SessionSnapshot; people: React.ReactNode; room: RoomState }) {
  const seated = snapshot.room?.participants.filter((person) => person.role !== "observer") ?? [];
  const hasCandidate = seated.some((person) => person.role === "candidate");
  const [confirmCallOff, setConfirmCallOff] = useState(false);
  return (
    <div className="flex min-h-0 flex-1 justify-center overflow-y-auto p-6">
      <section aria-labelledby="lobby-title" className="h-fit w-full max-w-xl space-y-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200" data-testid="lobby">
        <div>
          <h2 id="lobby-title" className="text-lg font-semibold">
            Waiting room
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {snapshot.role === "interviewer"
              ? hasCandidate
                ? "Your candidate is here. Start the interview when you are both ready; the clock begins then."
                : "Send the invite link to your candidate. You can start once they have joined."
              : snapshot.role === "candidate"
                ? "The interviewer starts the clock when you are both ready. Until then nothing is timed."
                : "You are watching. The interview starts when the interviewer presses Start."}
          </p>
        </div>
        {people}
        {snapshot.room?.invitePath ? <InviteLink path={snapshot.room.invitePath} busy={room.busy === "invite"} onRegenerate={() => void room.act("invite")} /> : null}
        <div className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
          <p className="font-medium">
            The plan: {planMinutes(snapshot.plan)} minutes in {snapshot.plan.length} phases
          </p>
          <p className="mt-1 text-slate-600">{snapshot.plan.map((phase) => `${phaseTitle(phase.key)} ${phase.minutes}m`).join(" · ")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {snapshot.role === "interviewer" ? (
            <button type="button" className={buttonStyles.primary} disabled={!snapshot.can.start || room.busy !== null} onClick={() => void room.act("start")}>
              {room.busy === "start" ? "Starting…" : "Start the interview"}
            </button>
          ) : null}
          {snapshot.can.swapSeats ? (
            <button type="button" className={buttonStyles.secondary} disabled={room.busy !== null} onClick={() => void room.act("seats")}>
              {seated.length > 1 ? "Swap interviewer and candidate" : snapshot.role === "interviewer" ? "Be the candidate instead" : "Be the interviewer instead"}
            </button>
          ) : null}
          {snapshot.can.abandon ? (
            <button type="button" className={buttonStyles.ghost} disabled={room.busy !== null} onClick={() => setConfirmCallOff(true)}>
              Call off this interview
            </button>
          ) : null}
        </div>
        <ConfirmDialog
          open={confirmCallOff}
          title="Call off this interview?"
          confirmLabel="Yes, call it off"
          cancelLabel="Keep the room"
          busy={room.busy === "abandon"}
          onConfirm={() => void room.act("abandon").then(() => setConfirmCallOff(false))}
          onClose={() => setConfirmCallOff(false)}
        >
          Nobody can join or start it afterwards. You can create a new room at any time.
        </ConfirmDialog>
      </section>
    </div>
  );
}
