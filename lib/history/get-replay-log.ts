import type { Db } from "@/db/client";
import { notFound } from "@/lib/http/errors";
import { isParticipant } from "@/lib/sessions/queries";
import { loadSessionUpdates } from "./load-session-document";
import type { ReplayLog } from "./schemas";

/** A session's whole update log for the replay player, for participants only (404 for anyone else). */
export async function getReplayLog(db: Db, sessionId: string, userId: string): Promise<ReplayLog> {
  if (!(await isParticipant(db, sessionId, userId))) throw notFound("That session");
  const updates = await loadSessionUpdates(db, sessionId);
  return {
    sessionId,
    updates: updates.map((update) => ({
      seq: update.seq,
      createdAt: update.createdAt.getTime(),
      data: Buffer.from(update.data.buffer, update.data.byteOffset, update.data.byteLength).toString("base64"),
    })),
  };
}
