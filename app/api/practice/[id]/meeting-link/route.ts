import { parseJsonBody } from "@/lib/http/route";
import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { meetingLinkSchema } from "@/lib/sessions/chat/schemas";
import { setMeetingLink } from "@/lib/sessions/set-meeting-link";

export const dynamic = "force-dynamic";

/** Body { url: "https://..." } shares a meeting link with the room; { url: null } clears it. */
export const PUT = withSession(async (context) => {
  const { url } = await parseJsonBody(context.request, meetingLinkSchema);
  await setMeetingLink(context.db, context.sessionId, context.user.id, url);
  return snapshotResponse(context);
});
