import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/http/route";
import { withSession } from "@/lib/http/session-route";
import { nextRoundSchema } from "@/lib/sessions/schemas";
import { startNextRound } from "@/lib/sessions/start-next-round";

export const dynamic = "force-dynamic";

/** "Swap roles": the room's next round, roles exchanged, on the question the new interviewer picked. */
export const POST = withSession(async (context) => {
  const input = await parseJsonBody(context.request, nextRoundSchema);
  return NextResponse.json(await startNextRound(context.db, context.sessionId, context.user.id, input), { status: 201 });
});
