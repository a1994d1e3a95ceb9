import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { abandonSession } from "@/lib/sessions/abandon-session";

export const dynamic = "force-dynamic";

export const POST = withSession(async (context) => {
  await abandonSession(context.db, context.sessionId, context.user.id);
  return snapshotResponse(context);
});
