import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { finishSession } from "@/lib/sessions/finish-session";

export const dynamic = "force-dynamic";

export const POST = withSession(async (context) => {
  await finishSession(context.db, context.sessionId, context.user.id);
  return snapshotResponse(context);
});
