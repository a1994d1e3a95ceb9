import type * as Y from "yjs";
import type { Db } from "@/db/client";
import { loadServerDoc } from "./server-docs";
import { withSessionLock } from "./session-lock";

/** Runs `read` on the session document as stored (caught up from the log), without changing it. */
export function readSessionDocument<T>(db: Db, sessionId: string, read: (doc: Y.Doc) => T): Promise<T> {
  return withSessionLock(sessionId, async () => read(await loadServerDoc(db, sessionId)));
}
