import { eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import type { Channel } from "../schemas";
import { MAX_DOCUMENT_BYTES, MAX_UPDATE_BYTES } from "./limits";
import { forgetServerDoc, serverDocForWrite } from "./server-docs";
import { withSessionLock } from "./session-lock";

export type AppendInput = { sessionId: string; userId: string; update: Uint8Array; channel?: Channel };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Refuses oversize and malformed updates before anything is stored. */
export function checkUpdate(update: Uint8Array): void {
  if (update.byteLength === 0) throw new AppError("BAD_REQUEST", "That change is empty.");
  if (update.byteLength > MAX_UPDATE_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `That change is larger than ${mb(MAX_UPDATE_BYTES)}. Split it up, or remove large pasted content.`);
  }
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new AppError("BAD_REQUEST", "That change could not be read, so it was not saved.");
  }
}

/**
 * Appends one document update to the session's log and returns its sequence number. It is
 * stored, with its time, before this resolves: a caller acknowledges only after that. The
 * session must be active and stay under the document size limit; otherwise nothing is stored.
 */
export async function appendDocumentUpdate(db: Db, input: AppendInput): Promise<{ seq: number }> {
  checkUpdate(input.update);
  const channel = input.channel ?? "shared";
  // The interviewer's document may also be written while the round waits in its lobby.
  const writable = channel === "interviewer" ? sql`status in ('lobby', 'active')` : sql`status = 'active'`;
  return withSessionLock(`${input.sessionId}/${channel}`, async () => {
    // Applying to the in-memory copy first is what proves the update well-formed; it needs no catch-up.
    const doc = await serverDocForWrite(db, input.sessionId, channel);
    try {
      Y.applyUpdate(doc, input.update, "client");
    } catch {
      forgetServerDoc(input.sessionId, channel);
      throw new AppError("BAD_REQUEST", "That change could not be applied, so it was not saved.");
    }
    const size = input.update.byteLength;
    let row: { seq: string | number } | undefined;
    try {
      const result = await db.execute<{ seq: string | number }>(sql`
        with session as (
          update ${practiceSessions}
          set doc_bytes = doc_bytes + ${size}, update_count = update_count + 1
          where id = ${input.sessionId}::uuid and ${writable} and doc_bytes + ${size} <= ${MAX_DOCUMENT_BYTES}
          returning id
        )
        insert into session_updates (session_id, user_id, byte_size, data, channel)
        select id, ${input.userId}::uuid, ${size}::int, ${input.update}::bytea, ${channel} from session
        returning seq`);
      row = (result as unknown as { rows: { seq: string | number }[] }).rows[0];
    } catch (error) {
      forgetServerDoc(input.sessionId, channel); // memory must not claim an update the log never got
      throw error;
    }
    if (row) return { seq: Number(row.seq) };

    forgetServerDoc(input.sessionId, channel); // the in-memory copy holds an update the log refused
    const [session] = await db
      .select({ status: practiceSessions.status, docBytes: practiceSessions.docBytes })
      .from(practiceSessions)
      .where(eq(practiceSessions.id, input.sessionId));
    if (session && session.status !== "active") {
      throw new AppError("CONFLICT", "This session has finished, so its notes and drawing are read-only now.");
    }
    throw new AppError("PAYLOAD_TOO_LARGE", `This session's document has reached its ${mb(MAX_DOCUMENT_BYTES)} limit; nothing more can be saved.`);
  });
}
