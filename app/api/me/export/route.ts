import { getDb } from "@/db";
import { route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { collectAccountExport, exportZipFilename, zipAccountExport } from "@/lib/users/export-data";

export const dynamic = "force-dynamic";

/** All of the user's data as a zip: data.json and each session as Markdown. */
export const GET = route(async () => {
  const user = await requireUser();
  const now = new Date();
  const zip = zipAccountExport(await collectAccountExport(getDb(), user.id, now));
  return new Response(zip as BodyInit, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${exportZipFilename(now)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
