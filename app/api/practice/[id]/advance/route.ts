import { parseJsonBody } from "@/lib/http/route";
import { snapshotResponse, withSession } from "@/lib/http/session-route";
import { advancePhase } from "@/lib/sessions/advance-phase";
import { advancePhaseSchema } from "@/lib/sessions/schemas";

export const dynamic = "force-dynamic";

export const POST = withSession(async (context) => {
  const { fromPhase } = await parseJsonBody(context.request, advancePhaseSchema);
  await advancePhase(context.db, context.sessionId, context.user.id, fromPhase);
  return snapshotResponse(context);
});
