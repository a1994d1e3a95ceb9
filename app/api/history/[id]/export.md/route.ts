import { getDb } from "@/db";
import { exportFilename, renderSessionMarkdown } from "@/lib/history/export-markdown";
import { getSessionReview } from "@/lib/history/get-session-review";
import { route } from "@/lib/http/route";
import { requireUser, sessionIdFrom } from "@/lib/http/session-route";

export const dynamic = "force-dynamic";

/** The session as a Markdown file to download; participants only. */
export const GET = route<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireUser();
  const review = await getSessionReview(getDb(), await sessionIdFrom(params), user.id);
  return new Response(renderSessionMarkdown(review), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(review)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
