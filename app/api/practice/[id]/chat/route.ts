import { NextResponse } from "next/server";
import { parseSearchParams } from "@/lib/http/route";
import { withSession } from "@/lib/http/session-route";
import { getChatHistory } from "@/lib/sessions/chat/get-chat-history";
import { chatHistoryQuerySchema } from "@/lib/sessions/chat/schemas";

export const dynamic = "force-dynamic";

/** The round's chat, oldest first; `?after=<seq>` gives only what came after a message the page has. */
export const GET = withSession(async ({ request, db, user, sessionId }) => {
  const { after } = parseSearchParams(request, chatHistoryQuerySchema);
  return NextResponse.json(await getChatHistory(db, sessionId, user.id, after), { headers: { "Cache-Control": "private, no-store" } });
});
