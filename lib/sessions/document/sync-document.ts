import * as Y from "yjs";
import type { Db } from "@/db/client";
import { AppError } from "@/lib/http/errors";
import type { Channel } from "../schemas";
import { loadServerDoc } from "./server-docs";
import { withSessionLock } from "./session-lock";

/**
 * One round of the Yjs sync protocol: given the client's state vector, returns what the client
 * is missing and the server's own state vector (so the client can send what the server lacks).
 */
export async function syncDocument(
  db: Db,
  sessionId: string,
  clientStateVector: Uint8Array,
  channel: Channel = "shared",
): Promise<{ update: Uint8Array; stateVector: Uint8Array }> {
  return withSessionLock(`${sessionId}/${channel}`, async () => {
    const doc = await loadServerDoc(db, sessionId, channel);
    try {
      return { update: Y.encodeStateAsUpdate(doc, clientStateVector), stateVector: Y.encodeStateVector(doc) };
    } catch {
      throw new AppError("BAD_REQUEST", "The document state sent by this tab could not be read. Reload the page.");
    }
  });
}
