import { z } from "zod";
import type { ErrorCode } from "@/lib/http/errors";
import { MAX_UPDATE_BYTES } from "@/lib/sessions/document/limits";
import type { SessionSnapshot } from "@/lib/sessions/schemas";

const binary = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: "must be binary data" });
const sessionId = z.uuid({ error: "is not a session id" });

/**
 * Every event a client may send: its payload schema and the largest payload (in bytes) the
 * server will look at. Client and server both take event names and types from here.
 */
export const clientEvents = {
  ping: {
    payload: z.strictObject({ sentAt: z.number().finite().nonnegative() }),
    maxBytes: 256,
  },
  /** Join a session's room and run one round of document sync. */
  "doc:join": {
    payload: z.strictObject({ sessionId, stateVector: binary }),
    maxBytes: 256 * 1024,
  },
  /** One batch of local edits, as a Yjs update. */
  "doc:update": {
    payload: z.strictObject({ sessionId, update: binary }),
    maxBytes: MAX_UPDATE_BYTES + 1024,
  },
} as const;

export type ClientEventName = keyof typeof clientEvents;
export type ClientPayload<E extends ClientEventName> = z.infer<(typeof clientEvents)[E]["payload"]>;

/** What each event acknowledges with on success. */
export type ClientEventResults = {
  ping: { sentAt: number; serverTime: number };
  "doc:join": { update: Uint8Array; stateVector: Uint8Array; snapshot: SessionSnapshot };
  "doc:update": { seq: number };
};

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (result: Ack<ClientEventResults[E]>) => void) => void;
};

export type ServerToClientEvents = {
  /** Edits another tab or participant made. */
  "doc:update": (payload: { sessionId: string; update: Uint8Array }) => void;
  /** The session's clock or status changed: fetch a fresh snapshot. */
  "session:changed": (payload: { sessionId: string }) => void;
};

export type SocketData = { userId: string; sessions: Set<string> };

/** Transport limit: no single socket.io message may exceed this. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

export const sessionRoom = (id: string) => `session:${id}`;

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
