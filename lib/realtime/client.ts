"use client";

import { io, type Socket } from "socket.io-client";
import type { Ack, ClientEventName, ClientEventResults, ClientPayload, ClientToServerEvents, ServerToClientEvents } from "./events";

export type RealtimeClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Opens the app's socket; the browser sends the session cookie with the handshake. WebSocket
 * first: one upgrade request reaches one instance, so a round-robin balancer needs no sticky
 * sessions. Long-polling is the fallback where WebSocket is blocked, and only that needs them.
 */
export function connectRealtime(url?: string, options: Parameters<typeof io>[1] = {}): RealtimeClient {
  const settings = { withCredentials: true, transports: ["websocket", "polling"], tryAllTransports: true, ...options };
  return url ? io(url, settings) : io(settings);
}

/** Sends one event and waits for its acknowledgement, failing after `timeoutMs`. */
export async function request<E extends ClientEventName>(
  socket: RealtimeClient,
  event: E,
  payload: ClientPayload<E>,
  timeoutMs = 10_000,
): Promise<Ack<ClientEventResults[E]>> {
  const timed = socket.timeout(timeoutMs) as unknown as {
    emitWithAck(event: E, payload: ClientPayload<E>): Promise<Ack<ClientEventResults[E]>>;
  };
  return timed.emitWithAck(event, payload);
}
