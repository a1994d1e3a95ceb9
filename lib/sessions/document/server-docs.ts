import { and, asc, eq, gt } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "@/db/client";
import { sessionUpdates } from "@/db/schema";
import type { Channel } from "../schemas";
import { readCheckpoint } from "./checkpoint";

type CachedDoc = { doc: Y.Doc; watermark: number; lastUsed: number };

/** Rows newer than this may still be committing on another instance, so catch-up re-reads them. */
const SETTLE_MS = 5_000;
const IDLE_EVICT_MS = 10 * 60_000;

const globalForDocs = globalThis as unknown as { __sdpDocs?: Map<string, CachedDoc>; __sdpDocsSweep?: NodeJS.Timeout };

function cache(): Map<string, CachedDoc> {
  if (!globalForDocs.__sdpDocs) {
    globalForDocs.__sdpDocs = new Map();
    globalForDocs.__sdpDocsSweep = setInterval(() => {
      const now = Date.now();
      for (const [id, entry] of globalForDocs.__sdpDocs!) {
        if (now - entry.lastUsed > IDLE_EVICT_MS) {
          entry.doc.destroy();
          globalForDocs.__sdpDocs!.delete(id);
        }
      }
    }, 60_000);
    globalForDocs.__sdpDocsSweep.unref();
  }
  return globalForDocs.__sdpDocs;
}

const keyOf = (sessionId: string, channel: Channel) => `${sessionId}/${channel}`;

/**
 * The server's copy of one of a session's documents: the stored update log applied in order
 * (its checkpoint, if it has one, then the rows after it), kept in memory and caught up from the
 * log (which other app instances may also append to) when used for a sync. Applying an update
 * twice is harmless in Yjs, so re-reading recent rows is safe.
 */
export async function loadServerDoc(db: Db, sessionId: string, channel: Channel = "shared"): Promise<Y.Doc> {
  const docs = cache();
  const key = keyOf(sessionId, channel);
  let entry = docs.get(key);
  if (!entry) {
    // Cold: start from the checkpoint (the log up to its seq, merged) and read only the rows after it.
    const checkpoint = await readCheckpoint(db, sessionId, channel);
    entry = docs.get(key); // another caller may have loaded it meanwhile
    if (!entry) {
      entry = { doc: new Y.Doc({ gc: false }), watermark: checkpoint?.seq ?? 0, lastUsed: Date.now() };
      if (checkpoint) Y.applyUpdate(entry.doc, checkpoint.state, "log");
      docs.set(key, entry);
    }
  }
  entry.lastUsed = Date.now();
  const rows = await db
    .select({ seq: sessionUpdates.seq, data: sessionUpdates.data, createdAt: sessionUpdates.createdAt })
    .from(sessionUpdates)
    .where(and(eq(sessionUpdates.sessionId, sessionId), eq(sessionUpdates.channel, channel), gt(sessionUpdates.seq, entry.watermark)))
    .orderBy(asc(sessionUpdates.seq));
  if (rows.length) {
    Y.transact(entry.doc, () => {
      for (const row of rows) Y.applyUpdate(entry!.doc, row.data, "log");
    });
    const settled = Date.now() - SETTLE_MS;
    for (const row of rows) if (row.createdAt.getTime() < settled) entry.watermark = Math.max(entry.watermark, row.seq);
  }
  return entry.doc;
}

/** The in-memory copy if there is one (no catch-up read), else the copy rebuilt from the log. */
export async function serverDocForWrite(db: Db, sessionId: string, channel: Channel = "shared"): Promise<Y.Doc> {
  const entry = cache().get(keyOf(sessionId, channel));
  if (!entry) return loadServerDoc(db, sessionId, channel);
  entry.lastUsed = Date.now();
  return entry.doc;
}

/** Drops the in-memory copy (after a refused update touched it); the next use rebuilds from the log. */
export function forgetServerDoc(sessionId: string, channel: Channel = "shared"): void {
  const key = keyOf(sessionId, channel);
  cache().get(key)?.doc.destroy();
  cache().delete(key);
}
