import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { regenerateInvite } from "@/lib/sessions/regenerate-invite";

export const dynamic = "force-dynamic";

/** A new invite link for the room; the old one stops working. */
export const POST = withSession(async (context) => {
  await regenerateInvite(context.db, context.sessionId, context.user.id);
  return snapshotResponse(context);
});
