import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { signalReady } from "@/lib/sessions/signal-ready";

export const dynamic = "force-dynamic";

export const POST = withSession(async (context) => {
  await signalReady(context.db, context.sessionId, context.user.id);
  return snapshotResponse(context);
});
