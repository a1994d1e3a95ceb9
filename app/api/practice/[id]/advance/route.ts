import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { notifySessionChanged } from "@/lib/realtime/broadcast";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser, sessionIdFrom } from "@/lib/http/session-route";
import { advancePhase } from "@/lib/sessions/advance-phase";
import { toSnapshot } from "@/lib/sessions/open-session";
import { advancePhaseSchema } from "@/lib/sessions/schemas";

export const dynamic = "force-dynamic";

export const POST = route<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireUser();
  const id = await sessionIdFrom(params);
  const { fromPhase } = await parseJsonBody(request, advancePhaseSchema);
  const session = await advancePhase(getDb(), id, user.id, fromPhase);
  notifySessionChanged(id);
  return NextResponse.json(toSnapshot(session));
});
