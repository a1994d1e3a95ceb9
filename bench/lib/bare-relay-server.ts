// The baseline for bench/rooms.ts: a bare socket.io relay with no authentication, no parsing and
// no storage. It speaks the same event names and payload shapes as the app's realtime layer, so
// the same load generator drives both: `doc:join` joins the room, `doc:update` is re-emitted to the
// room's other sockets and acknowledged, `awareness:update` is re-emitted as volatile.
// On SIGTERM it prints its event-loop delay as one "stats {json}" line.
// Usage: tsx bench/lib/bare-relay-server.ts <port>
import { createServer } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Server } from "socket.io";

type Reply = (result: unknown) => void;

const port = Number(process.argv[2]);
const http = createServer((_req, res) => res.writeHead(404).end());
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 2 * 1024 * 1024 });
const empty = new Uint8Array([0, 0]); // an empty Yjs update

io.on("connection", (socket) => {
  socket.on("doc:join", async (payload: { sessionId: string }, ack: Reply) => {
    await socket.join(payload.sessionId);
    ack({ ok: true, data: { update: empty, stateVector: new Uint8Array([0]), snapshot: null } });
  });
  socket.on("doc:update", (payload: { sessionId: string; channel: string; update: Uint8Array }, ack: Reply) => {
    socket.to(payload.sessionId).emit("doc:update", payload);
    ack({ ok: true, data: { seq: 0 } });
  });
  socket.on("awareness:update", (payload: { sessionId: string; update: Uint8Array }) => {
    socket.volatile.to(payload.sessionId).emit("awareness:update", { sessionId: payload.sessionId, userId: "", connId: socket.id, update: payload.update });
  });
});

const loop = monitorEventLoopDelay({ resolution: 1 });
http.listen(port, "127.0.0.1", () => {
  loop.enable();
  console.log(`ready bare on ${port}`);
});
// SIGUSR2: the measured window starts now.
process.on("SIGUSR2", () => {
  loop.reset();
});
process.on("SIGTERM", () => {
  loop.disable();
  const ms = (ns: number) => +(ns / 1e6).toFixed(2);
  console.log(`stats ${JSON.stringify({ loopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) } })}`);
  void io.close();
  http.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});
