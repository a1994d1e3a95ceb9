import { parseJsonBody } from "@/lib/http/route";
import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { observerChatSchema } from "@/lib/sessions/chat/schemas";
import { allowObserverChat } from "@/lib/sessions/allow-observer-chat";

export const dynamic = "force-dynamic";

/** Body { allowed: true } lets observers write in the chat, { allowed: false } stops them. */
export const PUT = withSession(async (context) => {
  const { allowed } = await parseJsonBody(context.request, observerChatSchema);
  await allowObserverChat(context.db, context.sessionId, context.user.id, allowed);
  return snapshotResponse(context);
});
