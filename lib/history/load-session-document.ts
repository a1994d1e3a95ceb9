import { and, asc, eq, lte, type SQL } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "@/db/client";
import { sessionUpdates } from "@/db/schema";
import { PHASES } from "@/lib/questions/phases";
import type { Channel } from "@/lib/sessions/schemas";
import { notesTextName } from "@/lib/sessions/document/shape";
import { getWhiteboardMap, readElements } from "@/lib/whiteboard/scene-sync";

export type LoggedUpdate = { seq: number; createdAt: Date; data: Uint8Array };

/**
 * One of a session's document update logs (the shared one unless asked) in the order it was
 * stored, optionally only the updates stored at or before `until`. Callers check that the
 * reader may see that document first: the interviewer's log is the interviewer's alone.
 */
export async function loadSessionUpdates(db: Db, sessionId: string, until?: Date, channel: Channel = "shared"): Promise<LoggedUpdate[]> {
  const filters: SQL[] = [eq(sessionUpdates.sessionId, sessionId), eq(sessionUpdates.channel, channel)];
  if (until) filters.push(lte(sessionUpdates.createdAt, until));
  return db
    .select({ seq: sessionUpdates.seq, createdAt: sessionUpdates.createdAt, data: sessionUpdates.data })
    .from(sessionUpdates)
    .where(and(...filters))
    .orderBy(asc(sessionUpdates.seq));
}

/** A fresh document with the given updates applied in order (replay is re-applying the log). */
export function buildDocument(updates: Iterable<Uint8Array>): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update, "log");
  });
  return doc;
}

/** The session's document rebuilt from its log, as it was at `until` (default: now). */
export async function loadSessionDocument(db: Db, sessionId: string, until?: Date): Promise<Y.Doc> {
  const updates = await loadSessionUpdates(db, sessionId, until);
  return buildDocument(updates.map((update) => update.data));
}

/** The notes text of every phase of the framework (empty string when none were written). */
export function readNotes(doc: Y.Doc): Record<string, string> {
  return Object.fromEntries(PHASES.map((phase) => [phase.key, doc.getText(notesTextName(phase.key)).toString()]));
}

/** Whiteboard elements: `visible` now, and `total` ever drawn (deleted ones stay in the scene). */
export function countDrawnElements(doc: Y.Doc): { visible: number; total: number } {
  const elements = readElements(getWhiteboardMap(doc));
  return { visible: elements.filter((element) => !element.isDeleted).length, total: elements.length };
}
