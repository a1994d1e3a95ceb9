/**
 * One app instance's realtime layer as its own process, wired as server.ts wires it (the same
 * attachRealtimeServer and graceful shutdown), without the Next.js pages, so the cluster tests can
 * start, kill and restart instances in a second. Reads DATABASE_URL, REDIS_URL, REDIS_KEY_PREFIX
 * and NEXTAUTH_SECRET; listens on PORT and prints "ready <port>".
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { connectPostgres } from "@/db/client";
import { exitGracefullyOnSignals } from "@/lib/boot/graceful-shutdown";
import { env } from "@/lib/env";
import { attachRealtimeServer } from "@/lib/realtime/server";

const config = env();
if (!config.DATABASE_URL || !config.REDIS_URL) throw new Error("a cluster instance needs DATABASE_URL and REDIS_URL");
const handle = connectPostgres(config.DATABASE_URL, 4);
const httpServer = createServer((_req, res) => res.writeHead(404).end());
const realtime = attachRealtimeServer(httpServer, { secret: config.NEXTAUTH_SECRET, redisUrl: config.REDIS_URL, db: handle.db });
exitGracefullyOnSignals({ httpServer, realtime, closeDatabase: () => handle.close() });
httpServer.listen(config.PORT, "127.0.0.1", () => console.log(`ready ${(httpServer.address() as AddressInfo).port}`));
