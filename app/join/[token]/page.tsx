import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { JoinRoomButton } from "@/components/rooms/join-room-button";
import { buttonStyles } from "@/components/ui/button-styles";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { describeInvite } from "@/lib/sessions/join-room";
import { inviteTokenSchema, MAX_OBSERVERS } from "@/lib/sessions/schemas";

export const metadata: Metadata = { title: "Join a mock interview" };

type Props = { params: Promise<{ token: string }> };

const ROLE = { interviewer: "the interviewer", candidate: "the candidate", observer: "an observer" } as const;

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200" data-testid="join-notice">
      <h1 className="text-xl font-semibold">{title}</h1>
      <div className="mt-2 text-slate-600">{children}</div>
      <Link href="/practice" className={`${buttonStyles.secondary} mt-6`}>
        Go to your practice
      </Link>
    </div>
  );
}

/** Where an invite link leads: sign in first, then the free seat, or a page that says why not. */
export default async function JoinPage({ params }: Props) {
  const { token } = await params;
  const user = await currentUser();
  // Signed-out visitors make an account (or sign in) and come straight back here.
  if (!user) redirect(`/signup?callbackUrl=${encodeURIComponent(`/join/${token}`)}`);
  if (!inviteTokenSchema.safeParse(token).success) notFound();
  const invite = await describeInvite(getDb(), token, user.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  switch (invite.state) {
    case "participant":
      redirect(`/practice/${invite.sessionId}`);
    case "revoked":
      return <Notice title="This invite link no longer works">It was replaced by a new link. Ask the person who invited you for the current one.</Notice>;
    case "finished":
      return <Notice title="This interview has finished">Nobody can join it any more. Ask for a new invite if you want to practise together.</Notice>;
    case "full":
      return (
        <Notice title="This room is full">
          It already has an interviewer, a candidate and {MAX_OBSERVERS} observers. Ask the interviewer to start a new room for you.
        </Notice>
      );
    case "open": {
      const host = invite.participants.find((person) => person.role !== "observer");
      return (
        <div className="mx-auto max-w-xl rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200" data-testid="join-offer">
          <p className="text-sm font-medium text-indigo-700">Mock interview</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">{invite.questionTitle}</h1>
          <p className="mt-3 text-slate-700">
            {host ? `${host.name} invited you.` : "You were invited."} You will join as <strong>{ROLE[invite.offers]}</strong>
            {invite.offers === "observer" ? ": you see what the candidate sees and can edit nothing." : "."}
          </p>
          <ul className="mt-4 space-y-1 text-sm text-slate-600">
            {invite.participants.map((person) => (
              <li key={person.userId}>
                {person.name}, {ROLE[person.role]}
              </li>
            ))}
          </ul>
          <JoinRoomButton token={token} role={invite.offers} />
        </div>
      );
    }
  }
}
