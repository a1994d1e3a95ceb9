import { Counter, Gauge, Histogram } from "prom-client";
import type { Server } from "socket.io";
import { AppError, type ErrorCode } from "@/lib/http/errors";
import { z } from "zod";
import { clientEvents, type ClientEventName } from "@/lib/realtime/events";
import { sharedMetric } from "./registry";

// Socket metrics of this instance. Gauges are read from the socket.io servers at scrape time, so
// connecting and disconnecting cost nothing; per-event counters are one increment each.

const EVENTS = Object.keys(clientEvents) as ClientEventName[];

/** Why an event was refused: the error code it was answered with, in the metrics' words. */
const REFUSAL_REASONS = {
  BAD_REQUEST: "invalid_input",
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not_found",
  METHOD_NOT_ALLOWED: "invalid_input",
  CONFLICT: "conflict",
  GONE: "gone",
  PAYLOAD_TOO_LARGE: "too_large",
  UNSUPPORTED_MEDIA_TYPE: "invalid_input",
  RATE_LIMITED: "rate_limited",
  INTERNAL: "error",
} as const satisfies Record<ErrorCode, string>;

/** Refusals without an answer: no acknowledgement callback where one is required, or the instance is draining. */
export type SilentRefusal = "missing_ack" | "draining";
export type RefusalReason = (typeof REFUSAL_REASONS)[ErrorCode] | SilentRefusal;

/** The refusal reason for a failure thrown while handling an event; anything unexpected is "error". */
export function refusalReason(error: unknown): RefusalReason {
  if (error instanceof AppError) return REFUSAL_REASONS[error.code];
  return error instanceof z.ZodError ? "invalid_input" : "error";
}

const received = sharedMetric("realtime_events_received", (registry) => {
  const counter = new Counter({
    name: "sdp_realtime_events_received_total",
    help: "Socket events received from clients, by event name.",
    labelNames: ["event"] as const,
    registers: [registry],
  });
  for (const event of EVENTS) counter.inc({ event }, 0); // every event's series exists from the start
  return counter;
});

const refused = sharedMetric(
  "realtime_events_refused",
  (registry) =>
    new Counter({
      name: "sdp_realtime_events_refused_total",
      help: "Socket events refused, by event name and reason (rate_limited, too_large, invalid_input, forbidden, not_found, conflict, missing_ack, draining, error, ...).",
      labelNames: ["event", "reason"] as const,
      registers: [registry],
    }),
);

const ackDuration = sharedMetric(
  "realtime_ack_duration",
  (registry) =>
    new Histogram({
      name: "sdp_realtime_ack_duration_seconds",
      help: "Time from receiving a socket event to acknowledging it (success or refusal), by event name; events sent without an acknowledgement are not timed.",
      labelNames: ["event"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
);

const handshakesRefused = sharedMetric(
  "realtime_handshakes_refused",
  (registry) =>
    new Counter({
      name: "sdp_realtime_handshakes_refused_total",
      help: "Socket connections refused at the handshake: cross_origin (a page of another origin) or unauthorized (no valid session).",
      labelNames: ["reason"] as const,
      registers: [registry],
    }),
);

export const noteEventReceived = (event: ClientEventName) => received.inc({ event });
export const noteEventRefused = (event: ClientEventName, reason: RefusalReason) => refused.inc({ event, reason });
export const observeAck = (event: ClientEventName, startedAt: number) => ackDuration.observe({ event }, (performance.now() - startedAt) / 1000);
export const noteHandshakeRefused = (reason: "cross_origin" | "unauthorized") => handshakesRefused.inc({ reason });

const globalForServers = globalThis as unknown as { __sdpRealtimeServers?: Set<Server> };
const servers = (globalForServers.__sdpRealtimeServers ??= new Set());

/** Counts of one server's local sockets and session rooms (with Redis, other instances report their own). */
export function localRealtimeCounts(io: Server): { sockets: number; sessions: number; peerSessionsLive: number } {
  const namespace = io.of("/");
  let sessions = 0;
  let peerSessionsLive = 0;
  for (const [room, socketIds] of namespace.adapter.rooms) {
    // "session:<id>" holds every socket that joined the session; "session:<id>:interviewer" is a subset.
    if (!room.startsWith("session:") || room.indexOf(":", 8) !== -1 || socketIds.size === 0) continue;
    sessions++;
    const users = new Set<string>();
    for (const id of socketIds) {
      const userId = (namespace.sockets.get(id)?.data as { userId?: string } | undefined)?.userId;
      if (userId) users.add(userId);
      if (users.size > 1) break;
    }
    if (users.size > 1) peerSessionsLive++;
  }
  return { sockets: namespace.sockets.size, sessions, peerSessionsLive };
}

function sumOverServers(key: keyof ReturnType<typeof localRealtimeCounts>): number {
  let total = 0;
  for (const io of servers) total += localRealtimeCounts(io)[key];
  return total;
}

sharedMetric(
  "realtime_sockets_connected",
  (registry) =>
    new Gauge({
      name: "sdp_realtime_sockets_connected",
      help: "Sockets connected to this instance.",
      registers: [registry],
      collect() {
        this.set(sumOverServers("sockets"));
      },
    }),
);

sharedMetric(
  "realtime_sessions_open",
  (registry) =>
    new Gauge({
      name: "sdp_realtime_sessions_open",
      help: "Practice sessions with at least one socket joined on this instance.",
      registers: [registry],
      collect() {
        this.set(sumOverServers("sessions"));
      },
    }),
);

sharedMetric(
  "realtime_peer_sessions_live",
  (registry) =>
    new Gauge({
      name: "sdp_realtime_peer_sessions_live",
      help: "Sessions in which sockets of two or more people are joined on this instance (people split across instances are not counted).",
      registers: [registry],
      collect() {
        this.set(sumOverServers("peerSessionsLive"));
      },
    }),
);

/** Reports a socket.io server's sockets and rooms until its HTTP server closes. */
export function trackRealtimeServer(io: Server, httpServer: { once: (event: "close", listener: () => void) => unknown }): void {
  servers.add(io);
  httpServer.once("close", () => servers.delete(io));
}
