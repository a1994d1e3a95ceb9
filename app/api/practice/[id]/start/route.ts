import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { startClock } from "@/lib/sessions/start-clock";

export const dynamic = "force-dynamic";

export const POST = withSession(async (context) => {
  await startClock(context.db, context.sessionId, context.user.id);
  return snapshotResponse(context);
});
