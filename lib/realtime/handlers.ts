import type { Db } from "@/db/client";
import { forbidden, notFound } from "@/lib/http/errors";
import { sendChatMessage } from "@/lib/sessions/chat/send-chat-message";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { syncDocument } from "@/lib/sessions/document/sync-document";
import { loadSnapshot } from "@/lib/sessions/open-session";
import { canJoinChannel, type SessionAccess } from "@/lib/sessions/permissions";
import { getSessionAccess } from "@/lib/sessions/queries";
import {
  channelRoom,
  joinedKey,
  sessionRoom,
  type ClientEventName,
  type ClientEventResults,
  type ParsedPayload,
} from "./events";
import type { RealtimeSocket } from "./server";

export type RealtimeDeps = {
  db: Db;
  /** How an update is made durable; the autosave benchmark swaps in a no-op for its baseline. */
  appendUpdate?: typeof appendDocumentUpdate;
  /** How a join reads the document; a test widens the window between reading and answering with it. */
  readDocument?: typeof syncDocument;
};

export type Handler<E extends ClientEventName> = (
  payload: ParsedPayload<E>,
  socket: RealtimeSocket,
  deps: RealtimeDeps,
) => Promise<ClientEventResults[E]> | ClientEventResults[E];

const unknownSession = () => notFound("That session");

/** The socket user's access to a session as stored now (not as it was when they joined). */
async function accessNow(db: Db, sessionId: string, socket: RealtimeSocket): Promise<SessionAccess> {
  const access = await getSessionAccess(db, sessionId, socket.data.userId);
  if (!access) throw unknownSession();
  return access;
}

export const handlers: { [E in ClientEventName]: Handler<E> } = {
  ping: ({ sentAt }) => ({ sentAt, serverTime: Date.now() }),

  "doc:join": async ({ sessionId, channel, stateVector }, socket, { db, readDocument = syncDocument }) => {
    const access = await accessNow(db, sessionId, socket); // 404 unless a participant
    if (!canJoinChannel(access, channel)) throw forbidden("Only the interviewer can open the interviewer's notes.");
    // Join the room before reading, so an update stored meanwhile arrives one way or the other.
    await socket.join(channelRoom(sessionId, channel));
    await socket.join(sessionRoom(sessionId));
    socket.data.joined.add(joinedKey(sessionId, channel));
    const sync = await readDocument(db, sessionId, stateVector, channel);
    return { ...sync, snapshot: channel === "shared" ? await loadSnapshot(db, sessionId, socket.data.userId) : null };
  },

  "doc:sync": async ({ sessionId, channel, stateVector }, socket, { db }) => {
    if (!socket.data.joined.has(joinedKey(sessionId, channel))) throw notFound("That session was not found. Reload the page to rejoin it.");
    // Checked against the role stored now: a swapped-out interviewer gets nothing more of that channel.
    if (!canJoinChannel(await accessNow(db, sessionId, socket), channel)) throw forbidden("Only the interviewer can open the interviewer's notes.");
    return syncDocument(db, sessionId, stateVector, channel);
  },

  "doc:update": async ({ sessionId, channel, update }, socket, { db, appendUpdate = appendDocumentUpdate }) => {
    // Joining first is the protocol. The role and status stored now are checked by the append
    // statement itself, atomically with the write (the same rules as canEditDocument).
    if (!socket.data.joined.has(joinedKey(sessionId, channel))) throw notFound("That session was not found. Reload the page to rejoin it.");
    const stored = await appendUpdate(db, { sessionId, userId: socket.data.userId, update, channel });
    socket.to(channelRoom(sessionId, channel)).emit("doc:update", { sessionId, channel, update });
    return stored;
  },

  "awareness:update": ({ sessionId, update }, socket) => {
    // Membership of a session never ends once granted, so the join check stands for it.
    if (!socket.data.joined.has(joinedKey(sessionId, "shared"))) throw unknownSession();
    socket.volatile.to(sessionRoom(sessionId)).emit("awareness:update", { sessionId, userId: socket.data.userId, connId: socket.id, update });
    return { relayed: true };
  },

  // The verb checks membership (404), role and status as stored now, then stores before this acknowledges.
  "chat:send": async ({ sessionId, body }, socket, { db }) => ({ message: await sendChatMessage(db, { sessionId, userId: socket.data.userId, body }) }),
};
