import { parseJsonBody } from "@/lib/http/route";
import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { pauseSchema } from "@/lib/sessions/schemas";
import { setPaused } from "@/lib/sessions/set-paused";

export const dynamic = "force-dynamic";

/** Body { paused: true } pauses the clock, { paused: false } resumes it. */
export const POST = withSession(async (context) => {
  const { paused } = await parseJsonBody(context.request, pauseSchema);
  await setPaused(context.db, context.sessionId, context.user.id, paused);
  return snapshotResponse(context);
});
