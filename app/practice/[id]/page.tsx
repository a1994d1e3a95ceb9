import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { PracticeRoom } from "@/components/practice/practice-room";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { AppError } from "@/lib/http/errors";
import { openSession, toSnapshot } from "@/lib/sessions/open-session";
import { sessionIdSchema } from "@/lib/sessions/schemas";

export const metadata: Metadata = { title: "Practice session" };

type Props = { params: Promise<{ id: string }> };

export default async function PracticeSessionPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/practice/${id}`);
  const parsed = sessionIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const session = await openSession(getDb(), parsed.data, user.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <PracticeRoom initial={toSnapshot(session)} />;
}
