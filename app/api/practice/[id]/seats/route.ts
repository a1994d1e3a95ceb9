import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { swapSeats } from "@/lib/sessions/swap-seats";

export const dynamic = "force-dynamic";

/** Exchanges the interviewer and candidate seats while the round waits in its lobby. */
export const POST = withSession(async (context) => {
  await swapSeats(context.db, context.sessionId, context.user.id);
  return snapshotResponse(context);
});
