import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { attachRealtime, type RealtimeOptions, type RealtimeServer } from "@/lib/realtime/server";
import { connectRealtime, type RealtimeClient } from "@/lib/realtime/client";

export const SECRET = process.env.NEXTAUTH_SECRET!;

export type TestServer = { url: string; io: RealtimeServer; http: Server; close: () => Promise<void> };

/** The realtime layer on its own HTTP server, as server.ts wires it. */
export async function startRealtimeServer(db: Db, options: Partial<RealtimeOptions> = {}): Promise<TestServer> {
  const http = createServer((_req, res) => res.writeHead(404).end());
  const io = attachRealtime(http, { secret: SECRET, redisUrl: process.env.REDIS_URL, db, ...options });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    io,
    http,
    close: () => new Promise((resolve) => io.close(() => resolve())),
  };
}

/** A cookie header holding a next-auth session for `userId`, signed as the app signs it. */
export async function sessionCookie(userId: string, secret = SECRET): Promise<string> {
  const token = await encode({ token: { sub: userId, name: "Test" }, secret });
  return `next-auth.session-token=${token}`;
}

export type TestClient = RealtimeClient;

export function client(url: string, cookie?: string): TestClient {
  return connectRealtime(url, {
    transports: ["websocket"],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
}

export function connected(socket: TestClient): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}
