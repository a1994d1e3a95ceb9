import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { route } from "@/lib/http/route";
import { requireUser, sessionIdFrom } from "@/lib/http/session-route";
import { openSession, toSnapshot } from "@/lib/sessions/open-session";

export const dynamic = "force-dynamic";

export const GET = route<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireUser();
  const session = await openSession(getDb(), await sessionIdFrom(params), user.id);
  return NextResponse.json(toSnapshot(session));
});
