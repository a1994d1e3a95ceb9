import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { Markdown } from "@/components/markdown";
import { PracticeRoom } from "@/components/practice/practice-room";
import { ReferenceAnswer } from "@/components/questions/reference-answer";
import { LazyInterviewerPanel } from "@/components/rooms/lazy-interviewer-panel";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { AppError } from "@/lib/http/errors";
import { loadInterviewerBrief } from "@/lib/sessions/interviewer-brief";
import { accessOf, openSession, toSnapshot } from "@/lib/sessions/open-session";
import { getRoomView } from "@/lib/sessions/room-queries";
import { sessionIdSchema } from "@/lib/sessions/schemas";
import { getAccountSettings } from "@/lib/users/account-settings";

export const metadata: Metadata = { title: "Practice session" };

type Props = { params: Promise<{ id: string }> };

export default async function PracticeSessionPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/practice/${id}`);
  const parsed = sessionIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const db = getDb();
  const session = await openSession(db, parsed.data, user.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const access = accessOf(session);
  // The brief is null for everyone but the interviewer, so no other viewer's HTML or RSC payload holds it.
  const [room, brief, settings] = await Promise.all([getRoomView(db, session, access), loadInterviewerBrief(db, session, access), getAccountSettings(db, user.id)]);
  const initial = toSnapshot(session, room);
  // Markdown is rendered here, so the room's script carries no Markdown parser for it.
  const phasePrompts = Object.fromEntries(initial.plan.map(({ key }) => [key, <Markdown key={key} className="prose-sm mt-1">{initial.question.phasePrompts[key] ?? ""}</Markdown>]));
  return (
    <PracticeRoom
      initial={initial}
      statement={<Markdown className="prose-sm mt-2">{initial.question.statement}</Markdown>}
      phasePrompts={phasePrompts}
      soundsOn={settings.sounds}
      interviewerPanel={
        brief ? (
          <LazyInterviewerPanel
            guide={brief.guide}
            keyPoints={brief.keyPoints}
            rubric={{ version: brief.rubric.version, dimensions: brief.rubric.dimensions, levels: brief.rubric.levels }}
            reference={<ReferenceAnswer body={brief.body} />}
          />
        ) : null
      }
    />
  );
}
