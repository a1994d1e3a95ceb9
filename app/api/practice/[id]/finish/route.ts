import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { notifySessionChanged } from "@/lib/realtime/broadcast";
import { route } from "@/lib/http/route";
import { requireUser, sessionIdFrom } from "@/lib/http/session-route";
import { finishSession } from "@/lib/sessions/finish-session";
import { toSnapshot } from "@/lib/sessions/open-session";

export const dynamic = "force-dynamic";

export const POST = route<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireUser();
  const id = await sessionIdFrom(params);
  const session = await finishSession(getDb(), id, user.id);
  notifySessionChanged(id);
  return NextResponse.json(toSnapshot(session));
});
