import type { DbHandle } from "@/db/client";
import { importContent, type ContentImportSummary } from "@/lib/content/import-content";
import { loadContent } from "@/lib/content/load-content";

/** Applies migrations, then loads everything under content/ (all of it or none of it). */
export async function prepareDatabase(handle: DbHandle, contentDir?: string): Promise<ContentImportSummary> {
  await handle.migrate();
  return importContent(handle.db, await loadContent(contentDir));
}
