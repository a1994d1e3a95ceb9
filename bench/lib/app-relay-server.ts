// The app's realtime layer alone for bench/rooms.ts, as bench/lib/realtime-server.ts runs it in
// `store` mode (authenticated, parsed, stored in PostgreSQL before the acknowledgement), plus two
// figures from inside the server: its event-loop delay, how long each document update spent in the
// store path (the session lock, the write to PostgreSQL and its commit), and how often queries
// waited for a pooled connection. SIGUSR2 starts the measured window; on SIGTERM it prints the
// figures as one "stats {json}" line and exits.
// Usage: tsx bench/lib/app-relay-server.ts <port>
import { createServer } from "node:http";
import { createHistogram, monitorEventLoopDelay } from "node:perf_hooks";
import { connectPostgres } from "../../db/client";
import { observePool } from "../../lib/metrics/database-metrics";
import { attachRealtime } from "../../lib/realtime/server";
import { appendDocumentUpdate } from "../../lib/sessions/document/append-update";

const port = Number(process.argv[2]);
const handle = connectPostgres(process.env.DATABASE_URL!, 20);
observePool(handle.pool!); // as server.ts does, so the figures include the query metrics
const http = createServer((_req, res) => res.writeHead(404).end());
const loop = monitorEventLoopDelay({ resolution: 1 });
const store = createHistogram(); // microseconds
// The connection pool, sampled every 50 ms: how many queries waited for one of its 20 connections.
const pool = (handle.db as unknown as { $client: { totalCount: number; idleCount: number; waitingCount: number } }).$client;
const poolSamples = { count: 0, waitingSum: 0, waitingMax: 0, allBusy: 0 };
setInterval(() => {
  poolSamples.count++;
  poolSamples.waitingSum += pool.waitingCount;
  poolSamples.waitingMax = Math.max(poolSamples.waitingMax, pool.waitingCount);
  if (pool.totalCount === 20 && pool.idleCount === 0) poolSamples.allBusy++;
}, 50).unref();
attachRealtime(http, {
  secret: process.env.NEXTAUTH_SECRET!,
  // Set by bench/rooms.ts for its two-instance run: the socket.io adapter then relays through Redis.
  redisUrl: process.env.REDIS_URL || undefined,
  db: handle.db,
  appendUpdate: async (db, input) => {
    const started = performance.now();
    try {
      return await appendDocumentUpdate(db, input);
    } finally {
      store.record(Math.max(1, Math.round((performance.now() - started) * 1000)));
    }
  },
});
const ms = (ns: number) => +(ns / 1e6).toFixed(2);
const us = (n: number) => +(n / 1000).toFixed(2);
http.listen(port, "127.0.0.1", () => {
  loop.enable();
  console.log(`ready app on ${port}`);
});
// SIGUSR2: the measured window starts now.
process.on("SIGUSR2", () => {
  loop.reset();
  store.reset();
  Object.assign(poolSamples, { count: 0, waitingSum: 0, waitingMax: 0, allBusy: 0 });
});
process.on("SIGTERM", () => {
  loop.disable();
  const stats = {
    loopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
    storeMs: { count: store.count, p50: us(store.percentile(50)), p99: us(store.percentile(99)), max: us(store.max) },
    pool: {
      waitingAvg: +(poolSamples.waitingSum / Math.max(1, poolSamples.count)).toFixed(1),
      waitingMax: poolSamples.waitingMax,
      allBusyPct: Math.round((poolSamples.allBusy / Math.max(1, poolSamples.count)) * 100),
    },
  };
  console.log(`stats ${JSON.stringify(stats)}`);
  http.close(() => void handle.close().then(() => process.exit(0)));
  setTimeout(() => process.exit(0), 3000).unref();
});
