import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Server, type Socket } from "socket.io";
import { AppError, isExpectedError, toErrorBody } from "@/lib/http/errors";
import { log } from "@/lib/log/logger";
import { userIdFromHandshake } from "./authenticate-socket";
import { env } from "@/lib/env";
import { appOrigins, handshakeOriginRefusal } from "@/lib/http/same-origin";
import { createRedisConnection, redisKey } from "@/lib/redis";
import { checkEventRate, newSocketBudgets } from "./event-limits";
import { publishThrough } from "./broadcast";
import { noteEventReceived, noteEventRefused, noteHandshakeRefused, observeAck, refusalReason, trackRealtimeServer } from "@/lib/metrics/realtime-metrics";
import {
  clientEvents,
  MAX_MESSAGE_BYTES,
  payloadBytes,
  type Ack,
  type ClientEventName,
  type ClientEventResults,
  type ClientToServerEvents,
  type ParsedPayload,
  type ServerToClientEvents,
  type SocketData,
  sessionRoom,
  userRoom,
} from "./events";
import { handlers, leaveCall, type RealtimeDeps } from "./handlers";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Size check, zod parse, handler, and one acknowledgement shape for every client event. Events
 * that need an acknowledgement are dropped without one; a refused fire-and-forget event (presence)
 * is answered with a "notice".
 */
function bind<E extends ClientEventName>(socket: RealtimeSocket, event: E, deps: RealtimeDeps, inFlight: InFlight): void {
  const spec = clientEvents[event];
  const listener = async (payload: unknown, ack: unknown) => {
    noteEventReceived(event);
    if (spec.ack && typeof ack !== "function") return void noteEventRefused(event, "missing_ack");
    // While draining, new events go unanswered: the client resends them after reconnecting.
    if (inFlight.draining) return void noteEventRefused(event, "draining");
    const startedAt = performance.now();
    const reply =
      typeof ack === "function"
        ? (ack as (result: Ack<ClientEventResults[E]>) => void)
        : (result: Ack<ClientEventResults[E]>) => {
            if (!result.ok) socket.emit("notice", result.error);
          };
    inFlight.count++;
    try {
      checkEventRate(event, socket.data.userId, socket.data.budgets);
      if (payloadBytes(payload) > spec.maxBytes) {
        throw new AppError("PAYLOAD_TOO_LARGE", `The "${event}" message is larger than the ${spec.maxBytes} bytes allowed.`);
      }
      const parsed = spec.payload.safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new AppError("BAD_REQUEST", `The "${event}" message is not valid: ${issue.path.join(".") || "payload"}: ${issue.message}.`);
      }
      const handler = handlers[event] as (p: ParsedPayload<E>, s: RealtimeSocket, d: RealtimeDeps) => Promise<ClientEventResults[E]>;
      reply({ ok: true, data: await handler(parsed.data as ParsedPayload<E>, socket, deps) });
    } catch (error) {
      if (!isExpectedError(error)) log.error({ err: error, event }, "unexpected failure in a socket event");
      noteEventRefused(event, refusalReason(error));
      const { body } = toErrorBody(error);
      reply({ ok: false, error: body.error });
    } finally {
      if (typeof ack === "function") observeAck(event, startedAt);
      inFlight.count--;
      if (inFlight.count === 0) inFlight.idle();
    }
  };
  socket.on(event, listener as never);
}

/**
 * Closes a socket's connection without saying goodbye. socket.disconnect() sends a DISCONNECT
 * packet, after which the client stays away ("io server disconnect"); a dropped transport makes it
 * reconnect, which behind a balancer means to another instance.
 */
function dropTransport(socket: RealtimeSocket): void {
  socket.conn.close();
}

/** Events being handled right now, so a shutdown can wait for their acknowledgements. */
type InFlight = { count: number; idle: () => void; draining: boolean };

export type RealtimeOptions = RealtimeDeps & {
  secret: string;
  redisUrl?: string;
  /** Origins whose pages may connect (besides the request's own Host); the app's by default. */
  allowedOrigins?: Set<string>;
};

export type Realtime = {
  io: RealtimeServer;
  /**
   * Stops handling new events, waits (up to `timeoutMs`) until every event being handled has been
   * acknowledged, then disconnects every socket so its client reconnects, to another instance
   * behind a balancer. Unacknowledged edits stay with their clients, which resend them on rejoin.
   */
  drain: (timeoutMs?: number) => Promise<void>;
};

export function attachRealtime(httpServer: HttpServer, options: RealtimeOptions): RealtimeServer {
  return attachRealtimeServer(httpServer, options).io;
}

export function attachRealtimeServer(httpServer: HttpServer, options: RealtimeOptions): Realtime {
  // destroyUpgrade: false leaves other WebSocket upgrades (the Next.js dev reloader) alone.
  const io: RealtimeServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    destroyUpgrade: false,
  });

  if (options.redisUrl) {
    // No retry limit: the adapter's commands wait for a reconnect instead of failing.
    const pub = createRedisConnection("realtime-pub", { maxRetriesPerRequest: null }, options.redisUrl);
    const sub = createRedisConnection("realtime-sub", { maxRetriesPerRequest: null }, options.redisUrl);
    io.adapter(createAdapter(pub, sub, { key: redisKey("socket.io") }));
    // Whatever was broadcast while the subscriber was away is lost to this instance's clients:
    // when it is back, every client here runs a sync round at once instead of waiting for the next.
    let subscribedBefore = false;
    sub.on("ready", () => {
      if (!subscribedBefore) return void (subscribedBefore = true);
      // ioredis re-subscribes right after "ready"; a PING queued behind those commands answers
      // once the subscriptions are back, so the resync cannot race ahead of them.
      setImmediate(() =>
        sub.ping().then(
          () => io.local.emit("doc:resync"),
          () => io.local.emit("doc:resync"),
        ),
      );
    });
    httpServer.on("close", () => {
      pub.disconnect();
      sub.disconnect();
    });
  }

  const allowedOrigins = options.allowedOrigins ?? appOrigins(env());
  io.use(async (socket, next) => {
    // A page of another origin (another site, or another port of this host) gets nothing, even
    // though the browser sends it the visitor's cookie.
    const refusal = handshakeOriginRefusal(socket.request.headers, allowedOrigins);
    if (refusal) {
      noteHandshakeRefused("cross_origin");
      return next(new Error(refusal));
    }
    const userId = await userIdFromHandshake(socket.request, options.secret, options.db);
    if (!userId) {
      noteHandshakeRefused("unauthorized");
      return next(new Error("unauthorized: sign in to use live features"));
    }
    socket.data.userId = userId;
    socket.data.joined = new Set();
    socket.data.budgets = newSocketBudgets(Date.now());
    socket.data.calls = {};
    next();
  });

  const deps: RealtimeDeps = { db: options.db, appendUpdate: options.appendUpdate, readDocument: options.readDocument, iceServers: options.iceServers };
  const idleWaiters = new Set<() => void>();
  const inFlight: InFlight = {
    count: 0,
    draining: false,
    idle: () => {
      for (const resolve of idleWaiters) resolve();
      idleWaiters.clear();
    },
  };
  io.on("connection", (socket) => {
    if (inFlight.draining) return void dropTransport(socket);
    void socket.join(userRoom(socket.data.userId));
    for (const event of Object.keys(clientEvents) as ClientEventName[]) bind(socket, event, deps, inFlight);
    // Presence is cleared for the others at once, not when it would time out.
    socket.on("disconnecting", () => {
      for (const key of socket.data.joined) {
        const [sessionId, channel] = key.split("/");
        if (channel === "shared") socket.to(sessionRoom(sessionId!)).emit("awareness:left", { sessionId: sessionId!, connId: socket.id });
      }
      for (const sessionId of Object.keys(socket.data.calls)) leaveCall(socket, sessionId);
    });
  });

  trackRealtimeServer(io, httpServer);
  const unsubscribe = publishThrough(io);
  httpServer.on("close", unsubscribe);

  const drain = async (timeoutMs = 10_000) => {
    inFlight.draining = true;
    if (inFlight.count > 0) {
      await new Promise<void>((resolve) => {
        idleWaiters.add(resolve);
        setTimeout(resolve, timeoutMs).unref();
      });
    }
    for (const socket of io.of("/").sockets.values()) dropTransport(socket);
  };
  return { io, drain };
}
