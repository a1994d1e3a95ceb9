import { eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { AppError, forbidden, notFound } from "@/lib/http/errors";
import { canEditDocument } from "../permissions";
import { getSessionAccess } from "../queries";
import type { Channel } from "../schemas";
import { noteAppended } from "./checkpoint";
import { MAX_DOCUMENT_BYTES, MAX_UPDATE_BYTES } from "./limits";
import { forgetServerDoc, serverDocForWrite } from "./server-docs";
import { withSessionLock } from "./session-lock";
import { writeUpdate } from "./write-batch";

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

/** Why the log refused an update, as the person who sent it should hear it. */
async function refusal(db: Db, input: AppendInput, channel: Channel): Promise<AppError> {
  const access = await getSessionAccess(db, input.sessionId, input.userId);
  if (!access) return notFound("That session");
  if (!canEditDocument(access, channel)) {
    if (channel === "interviewer" && access.role !== "interviewer") return forbidden("Only the interviewer can write in the interviewer's notes.");
    if (channel === "redraw") {
      if (access.role !== "candidate") return forbidden("Only the candidate can redraw on the board of a finished session.");
      return new AppError("CONFLICT", "The redraw board opens once the session has finished.");
    }
    if (access.role === "observer") return forbidden("Observers can watch the session but not edit it.");
    if (access.status === "lobby") return new AppError("CONFLICT", "The interview has not started yet: the interviewer starts the clock.");
    return new AppError("CONFLICT", "This session has finished, so its notes and drawing are read-only now.");
  }
  const [session] = await db.select({ status: practiceSessions.status }).from(practiceSessions).where(eq(practiceSessions.id, input.sessionId));
  if (session && session.status !== "active" && channel === "shared") return new AppError("CONFLICT", "This session has finished, so its notes and drawing are read-only now.");
  return new AppError("PAYLOAD_TOO_LARGE", `This session's document has reached its ${mb(MAX_DOCUMENT_BYTES)} limit; nothing more can be saved.`);
}

/**
 * Appends one document update to the session's log and returns its sequence number. It is
 * stored, with its time, before this resolves: a caller acknowledges only after that. The writer
 * must be allowed to write that document now (checked in the same statement as the write), and
 * the session must stay under the document size limit; otherwise nothing is stored.
 */
export async function appendDocumentUpdate(db: Db, input: AppendInput): Promise<{ seq: number }> {
  checkUpdate(input.update);
  const channel = input.channel ?? "shared";
  return withSessionLock(`${input.sessionId}/${channel}`, async () => {
    // Applying to the in-memory copy first is what proves the update well-formed; it needs no catch-up.
    const doc = await serverDocForWrite(db, input.sessionId, channel);
    try {
      Y.applyUpdate(doc, input.update, "client");
    } catch {
      forgetServerDoc(input.sessionId, channel);
      throw new AppError("BAD_REQUEST", "That change could not be applied, so it was not saved.");
    }
    let seq: number | null;
    try {
      seq = await writeUpdate(db, { sessionId: input.sessionId, userId: input.userId, channel, update: input.update });
    } catch (error) {
      forgetServerDoc(input.sessionId, channel); // memory must not claim an update the log never got
      throw error;
    }
    if (seq !== null) {
      noteAppended(db, input.sessionId, channel); // a checkpoint now and then, off this path
      return { seq };
    }
    forgetServerDoc(input.sessionId, channel); // the in-memory copy holds an update the log refused
    throw await refusal(db, input, channel);
  });
}
