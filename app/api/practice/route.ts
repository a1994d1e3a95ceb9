import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { listSessionsForUser } from "@/lib/sessions/queries";
import { startSessionSchema } from "@/lib/sessions/schemas";
import { startSession } from "@/lib/sessions/start-session";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, startSessionSchema);
  return NextResponse.json(await startSession(getDb(), user.id, input), { status: 201 });
});

export const GET = route(async () => {
  const user = await requireUser();
  return NextResponse.json({ sessions: await listSessionsForUser(getDb(), user.id, ["lobby", "active"]) });
});
