import type { Db } from "@/db/client";
import { AppError, forbidden, notFound } from "@/lib/http/errors";
import { sendChatMessage } from "@/lib/sessions/chat/send-chat-message";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { syncDocument } from "@/lib/sessions/document/sync-document";
import { loadSnapshot } from "@/lib/sessions/open-session";
import { canJoinCall, canJoinChannel, channelRefusal, type SessionAccess } from "@/lib/sessions/permissions";
import { iceServersFor } from "@/lib/sessions/call/ice-servers";
import type { CallMedia, IceServerSetting } from "@/lib/sessions/call/schemas";
import { env } from "@/lib/env";
import { getSessionAccess } from "@/lib/sessions/queries";
import {
  callMemberRoom,
  callRoom,
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
  /** The call's STUN/TURN servers; the ICE_SERVERS setting by default. */
  iceServers?: readonly IceServerSetting[];
};

/** How long a signalling message may take to reach the other browser before the sender is told. */
const SIGNAL_DELIVERY_MS = 5000;

export type Handler<E extends ClientEventName> = (
  payload: ParsedPayload<E>,
  socket: RealtimeSocket,
  deps: RealtimeDeps,
) => Promise<ClientEventResults[E]> | ClientEventResults[E];

const unknownSession = () => notFound("That session");
const notInCall = () => new AppError("NOT_FOUND", "You are not in this room's call. Join the call first.");

/** Leaves one room's call and tells the others, at once (also when the socket disconnects). */
export function leaveCall(socket: RealtimeSocket, sessionId: string): void {
  if (!(sessionId in socket.data.calls)) return;
  delete socket.data.calls[sessionId];
  socket.to(callRoom(sessionId)).emit("call:peer-left", { sessionId, connId: socket.id });
  void socket.leave(callRoom(sessionId));
  void socket.leave(callMemberRoom(sessionId, socket.id));
}

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
    if (!canJoinChannel(access, channel)) throw forbidden(channelRefusal(access, channel));
    // Join the room before reading, so an update stored meanwhile arrives one way or the other.
    await socket.join(channelRoom(sessionId, channel));
    await socket.join(sessionRoom(sessionId));
    socket.data.joined.add(joinedKey(sessionId, channel));
    const sync = await readDocument(db, sessionId, stateVector, channel);
    // A joiner may come from an instance that stored its edits and died before broadcasting them:
    // the others already in the document fetch whatever they lack now, not at their next check.
    socket.to(channelRoom(sessionId, channel)).emit("doc:resync");
    return { ...sync, snapshot: channel === "shared" ? await loadSnapshot(db, sessionId, socket.data.userId) : null };
  },

  "doc:sync": async ({ sessionId, channel, stateVector }, socket, { db }) => {
    if (!socket.data.joined.has(joinedKey(sessionId, channel))) throw notFound("That session was not found. Reload the page to rejoin it.");
    // Checked against the role stored now: a swapped-out interviewer gets nothing more of that channel.
    const access = await accessNow(db, sessionId, socket);
    if (!canJoinChannel(access, channel)) throw forbidden(channelRefusal(access, channel));
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

  "call:join": async ({ sessionId, media, replaces }, socket, { db, iceServers = env().ICE_SERVERS }) => {
    if (!canJoinCall(await accessNow(db, sessionId, socket))) throw forbidden("Only a peer room has a call.");
    const { userId } = socket.data;
    socket.data.calls[sessionId] = media;
    // In the room before looking around: of two people joining at once, each either sees the
    // other in the list or hears of them through "call:peer-joined" (or both; the page dedupes).
    await socket.join([callRoom(sessionId), callMemberRoom(sessionId, socket.id)]);
    const present = await socket.nsp.in(callRoom(sessionId)).fetchSockets();
    const peers = present
      .filter((other) => other.id !== socket.id && other.id !== replaces && other.data.calls?.[sessionId])
      .map((other) => ({ connId: other.id, userId: other.data.userId, media: other.data.calls[sessionId] as CallMedia }));
    socket.to(callRoom(sessionId)).emit("call:peer-joined", { sessionId, connId: socket.id, userId, media, ...(replaces ? { replaces } : {}) });
    return { connId: socket.id, peers, iceServers: iceServersFor(userId, iceServers) };
  },

  "call:leave": ({ sessionId }, socket) => {
    leaveCall(socket, sessionId);
    return { left: true };
  },

  "call:media": ({ sessionId, media }, socket) => {
    if (!(sessionId in socket.data.calls)) throw notInCall();
    socket.data.calls[sessionId] = media;
    socket.to(callRoom(sessionId)).emit("call:media", { sessionId, connId: socket.id, media });
    return { media };
  },

  "call:signal": async ({ sessionId, to, signal }, socket) => {
    // Both ends must be in this room's call: the sender by its own join (checked against the
    // stored membership then), the receiver by being the only socket in its member room.
    if (!(sessionId in socket.data.calls)) throw notInCall();
    if (to === socket.id) throw new AppError("BAD_REQUEST", "A connection cannot signal itself.");
    let received: unknown[];
    try {
      received = await socket
        .to(callMemberRoom(sessionId, to))
        .timeout(SIGNAL_DELIVERY_MS)
        .emitWithAck("call:signal", { sessionId, from: socket.id, fromUserId: socket.data.userId, signal });
    } catch {
      throw new AppError("NOT_FOUND", "The other browser did not confirm the call message in time; it may have lost its connection.");
    }
    if (received.length === 0) throw new AppError("NOT_FOUND", "That person is not in this call (any more), so the message went nowhere.");
    return { delivered: true };
  },
};
