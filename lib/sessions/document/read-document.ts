import type * as Y from "yjs";
import type { Db } from "@/db/client";
import type { Channel } from "../schemas";
import { loadServerDoc } from "./server-docs";
import { withSessionLock } from "./session-lock";

/**
 * Runs `read` on one of the session's documents as stored (caught up from the log), without
 * changing it. Callers check that the reader may see that document first.
 */
export function readSessionDocument<T>(db: Db, sessionId: string, read: (doc: Y.Doc) => T, channel: Channel = "shared"): Promise<T> {
  return withSessionLock(`${sessionId}/${channel}`, async () => read(await loadServerDoc(db, sessionId, channel)));
}
