import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { getQuestionStats } from "@/lib/questions/question-stats";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to see your attempts.");
  return NextResponse.json({ stats: await getQuestionStats(getDb(), user.id) });
});
