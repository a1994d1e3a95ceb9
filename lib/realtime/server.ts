import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import { Server, type Socket } from "socket.io";
import { AppError, toErrorBody } from "@/lib/http/errors";
import { userIdFromHandshake } from "./authenticate-socket";
import { newAwarenessBudget } from "./awareness-budget";
import { publishThrough } from "./broadcast";
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
import { handlers, type RealtimeDeps } from "./handlers";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Size check, zod parse, handler, and one acknowledgement shape for every client event. Events
 * that need an acknowledgement are dropped without one; a refused fire-and-forget event (presence)
 * is answered with a "notice".
 */
function bind<E extends ClientEventName>(socket: RealtimeSocket, event: E, deps: RealtimeDeps): void {
  const spec = clientEvents[event];
  const listener = async (payload: unknown, ack: unknown) => {
    if (spec.ack && typeof ack !== "function") return;
    const reply =
      typeof ack === "function"
        ? (ack as (result: Ack<ClientEventResults[E]>) => void)
        : (result: Ack<ClientEventResults[E]>) => {
            if (!result.ok) socket.emit("notice", result.error);
          };
    try {
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
      const { body } = toErrorBody(error);
      reply({ ok: false, error: body.error });
    }
  };
  socket.on(event, listener as never);
}

export type RealtimeOptions = RealtimeDeps & { secret: string; redisUrl?: string };

export function attachRealtime(httpServer: HttpServer, options: RealtimeOptions): RealtimeServer {
  // destroyUpgrade: false leaves other WebSocket upgrades (the Next.js dev reloader) alone.
  const io: RealtimeServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    destroyUpgrade: false,
  });

  if (options.redisUrl) {
    const pub = new Redis(options.redisUrl);
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on("error", (error) => console.error("[realtime] redis", error.message));
    io.adapter(createAdapter(pub, sub));
    httpServer.on("close", () => {
      pub.disconnect();
      sub.disconnect();
    });
  }

  io.use(async (socket, next) => {
    const userId = await userIdFromHandshake(socket.request, options.secret);
    if (!userId) return next(new Error("unauthorized: sign in to use live features"));
    socket.data.userId = userId;
    socket.data.joined = new Set();
    socket.data.awarenessBudget = newAwarenessBudget(Date.now());
    next();
  });

  const deps: RealtimeDeps = { db: options.db, appendUpdate: options.appendUpdate };
  io.on("connection", (socket) => {
    void socket.join(userRoom(socket.data.userId));
    for (const event of Object.keys(clientEvents) as ClientEventName[]) bind(socket, event, deps);
    // Presence is cleared for the others at once, not when it would time out.
    socket.on("disconnecting", () => {
      for (const key of socket.data.joined) {
        const [sessionId, channel] = key.split("/");
        if (channel === "shared") socket.to(sessionRoom(sessionId!)).emit("awareness:left", { sessionId: sessionId!, connId: socket.id });
      }
    });
  });

  const unsubscribe = publishThrough(io);
  httpServer.on("close", unsubscribe);
  return io;
}
