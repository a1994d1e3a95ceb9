import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { getReplayLog } from "@/lib/history/get-replay-log";
import { route } from "@/lib/http/route";
import { requireUser, sessionIdFrom } from "@/lib/http/session-route";

export const dynamic = "force-dynamic";

/** The session's document update log in order (seq, createdAt ms, base64 data), for replay. */
export const GET = route<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireUser();
  const log = await getReplayLog(getDb(), await sessionIdFrom(params), user.id);
  return NextResponse.json(log, { headers: { "Cache-Control": "private, no-store" } });
});
