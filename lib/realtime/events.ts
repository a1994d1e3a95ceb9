import { z } from "zod";
import type { ErrorCode } from "@/lib/http/errors";

/**
 * Every event a client may send: its payload schema and the largest payload (bytes of JSON)
 * the server will look at. Client and server both take event names and types from here.
 */
export const clientEvents = {
  ping: {
    payload: z.strictObject({ sentAt: z.number().finite().nonnegative() }),
    maxBytes: 256,
  },
} as const;

export type ClientEventName = keyof typeof clientEvents;
export type ClientPayload<E extends ClientEventName> = z.infer<(typeof clientEvents)[E]["payload"]>;

/** What each event acknowledges with on success. */
export type ClientEventResults = {
  ping: { sentAt: number; serverTime: number };
};

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (result: Ack<ClientEventResults[E]>) => void) => void;
};

export type ServerToClientEvents = {
  "session:expired": () => void;
};

export type SocketData = { userId: string };

/** Transport limit: no single socket.io message may exceed this. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
