import { z } from "zod";
import type { ErrorCode } from "@/lib/http/errors";
import { MAX_AWARENESS_BYTES, MAX_UPDATE_BYTES } from "@/lib/sessions/document/limits";
import type { SocketBudgets } from "./event-limits";
import { CHANNELS, type Channel, type SessionSnapshot } from "@/lib/sessions/schemas";
import { MAX_CHAT_CHARS, type ChatMessage } from "@/lib/sessions/chat/schemas";
import {
  MAX_SDP_CHARS,
  callMediaSchema,
  callSignalSchema,
  connIdSchema,
  type CallMedia,
  type CallPeer,
  type CallSignal,
  type IceServer,
} from "@/lib/sessions/call/schemas";

const binary = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: "must be binary data" });
const sessionId = z.uuid({ error: "is not a session id" });
const channel = z.enum(CHANNELS, { error: "must be shared, interviewer or redraw" }).default("shared");

/**
 * Every event a client may send: its payload schema, the largest payload (in bytes) the server
 * will look at, and whether it must carry an acknowledgement callback. Client and server both
 * take event names and types from here.
 */
export const clientEvents = {
  ping: {
    payload: z.strictObject({ sentAt: z.number().finite().nonnegative() }),
    maxBytes: 256,
    ack: true,
  },
  /** Join one of a session's documents and run one round of sync (the shared one by default). */
  "doc:join": {
    payload: z.strictObject({ sessionId, channel, stateVector: binary }),
    maxBytes: 256 * 1024,
    ack: true,
  },
  /**
   * A later sync round on a joined document: the periodic check that repairs a lost broadcast
   * (Redis pub/sub may drop messages), and the immediate one after the server says "doc:resync"
   * (its subscriber came back, or someone else joined the document).
   */
  "doc:sync": {
    payload: z.strictObject({ sessionId, channel, stateVector: binary }),
    maxBytes: 256 * 1024,
    ack: true,
  },
  /** One batch of local edits to a document, as a Yjs update. */
  "doc:update": {
    payload: z.strictObject({ sessionId, channel, update: binary }),
    maxBytes: MAX_UPDATE_BYTES + 1024,
    ack: true,
  },
  /** Presence (y-protocols awareness): relayed to the session's other sockets, never stored. */
  "awareness:update": {
    payload: z.strictObject({ sessionId, update: binary }),
    maxBytes: MAX_AWARENESS_BYTES + 256,
    ack: false,
  },
  /**
   * One chat message to everyone in the round. The length limit is checked by the domain verb,
   * which says it in words a person understands; maxBytes only keeps floods of bytes out.
   */
  "chat:send": {
    payload: z.strictObject({ sessionId, body: z.string({ error: "must be text" }) }),
    maxBytes: MAX_CHAT_CHARS * 16,
    ack: true,
  },
  /**
   * Join the room's call: the server answers with who is in it already and this user's ICE
   * servers (TURN credentials minted for them), and tells the others. `replaces` is this page's
   * connection before a reconnect, so the others drop it at once.
   */
  "call:join": {
    payload: z.strictObject({ sessionId, media: callMediaSchema, replaces: connIdSchema.optional() }),
    maxBytes: 512,
    ack: true,
  },
  "call:leave": {
    payload: z.strictObject({ sessionId }),
    maxBytes: 256,
    ack: true,
  },
  /** Microphone or camera turned on or off: shown to the others. */
  "call:media": {
    payload: z.strictObject({ sessionId, media: callMediaSchema }),
    maxBytes: 256,
    ack: true,
  },
  /**
   * One signalling message (offer, answer, ICE candidate) to one other connection in the same
   * room's call; acknowledged once that browser has it.
   */
  "call:signal": {
    payload: z.strictObject({ sessionId, to: connIdSchema, signal: callSignalSchema }),
    maxBytes: MAX_SDP_CHARS + 1024,
    ack: true,
  },
} as const;

export type ClientEventName = keyof typeof clientEvents;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof clientEvents)[E]["payload"]>;
export type ParsedPayload<E extends ClientEventName> = z.output<(typeof clientEvents)[E]["payload"]>;

/** What each event acknowledges with on success. */
export type ClientEventResults = {
  ping: { sentAt: number; serverTime: number };
  "doc:join": { update: Uint8Array; stateVector: Uint8Array; snapshot: SessionSnapshot | null };
  "doc:sync": { update: Uint8Array; stateVector: Uint8Array };
  "doc:update": { seq: number };
  "awareness:update": { relayed: true };
  "chat:send": { message: ChatMessage };
  "call:join": { connId: string; peers: CallPeer[]; iceServers: IceServer[] };
  "call:leave": { left: true };
  "call:media": { media: CallMedia };
  "call:signal": { delivered: true };
};

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack?: (result: Ack<ClientEventResults[E]>) => void) => void;
};

export type ServerToClientEvents = {
  /** Edits another tab or participant made to one of the documents this socket joined. */
  "doc:update": (payload: { sessionId: string; channel: Channel; update: Uint8Array }) => void;
  /** The session's clock, status, seats or room changed: fetch a fresh snapshot. */
  "session:changed": (payload: { sessionId: string }) => void;
  /** Another connection's presence; `userId` is stamped by the server, never taken from the client. */
  "awareness:update": (payload: { sessionId: string; userId: string; connId: string; update: Uint8Array }) => void;
  /** A connection went away: drop its presence now rather than when it times out. */
  "awareness:left": (payload: { sessionId: string; connId: string }) => void;
  /** A chat message stored for the round (the sender's own included); `message.seq` orders them. */
  "chat:message": (payload: { sessionId: string; message: ChatMessage }) => void;
  /** Someone joined the room's call (`replaces`: their connection before a reconnect). */
  "call:peer-joined": (payload: { sessionId: string; replaces?: string } & CallPeer) => void;
  "call:peer-left": (payload: { sessionId: string; connId: string }) => void;
  "call:media": (payload: { sessionId: string; connId: string; media: CallMedia }) => void;
  /**
   * A signalling message from another connection in the call; the sender's user is stamped by
   * the server. The browser acknowledges it, which is how the sender learns it arrived.
   */
  "call:signal": (payload: { sessionId: string; from: string; fromUserId: string; signal: CallSignal }, ack: (received: true) => void) => void;
  /** Broadcasts may have been missed (this instance lost Redis for a while): run a sync round now. */
  "doc:resync": () => void;
  /** A refusal of a message sent without an acknowledgement (too many, too large). */
  notice: (payload: { code: ErrorCode; message: string }) => void;
};

export type SocketData = {
  userId: string;
  /** Documents this socket joined, as "<sessionId>/<channel>". */
  joined: Set<string>;
  /** Token buckets per event kind (see event-limits.ts). */
  budgets: SocketBudgets;
  /**
   * The calls this socket is in, by session id, with its microphone and camera state. A plain
   * object: other instances read it through the adapter (fetchSockets).
   */
  calls: Record<string, CallMedia>;
};

/** Transport limit: no single socket.io message may exceed this. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

export const sessionRoom = (id: string) => `session:${id}`;
/** Only the interviewer's sockets are ever in this room. */
export const interviewerRoom = (id: string) => `session:${id}:interviewer`;
/** Only the candidate's sockets are ever in this room. */
export const redrawRoom = (id: string) => `session:${id}:redraw`;
export const channelRoom = (id: string, channel: Channel) => (channel === "interviewer" ? interviewerRoom(id) : channel === "redraw" ? redrawRoom(id) : sessionRoom(id));
/** Every socket of one user, so a role change can reach all of their tabs on every instance. */
export const userRoom = (userId: string) => `user:${userId}`;
/** The sockets in a room's call. */
export const callRoom = (id: string) => `session:${id}:call`;
/**
 * One socket, as a member of one room's call: signalling is sent to this room, so it can only
 * reach a connection that joined the same room's call, on whichever instance it is.
 */
export const callMemberRoom = (id: string, connId: string) => `session:${id}:call:${connId}`;
export const joinedKey = (sessionId: string, channel: Channel) => `${sessionId}/${channel}`;

/** Approximate size of a payload without serialising binary data as JSON. */
export function payloadBytes(value: unknown, depth = 0): number {
  if (depth > 8) return Number.POSITIVE_INFINITY;
  if (value instanceof Uint8Array) return value.byteLength;
  if (typeof value === "string") return Buffer.byteLength(value);
  if (value === null || typeof value !== "object") return 8;
  let total = 2;
  for (const [key, item] of Object.entries(value)) total += key.length + 4 + payloadBytes(item, depth + 1);
  return total;
}
