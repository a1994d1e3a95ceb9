import { afterAll, beforeAll } from "vitest";
import { client, connected, sessionCookie, startRealtimeServer, type TestClient, type TestServer } from "./realtime";
import type { RealtimeOptions } from "@/lib/realtime/server";
import { seedQuestions } from "./sessions";
import { createTestDb, type TestDb } from "./test-db";

export type RealtimeSuite = {
  db: TestDb;
  server: TestServer;
  /** A signed-in socket for `userId`, connected (to this file's server, or `on`), closed after the file's tests. */
  connect: (userId: string, on?: TestServer) => Promise<TestClient>;
  /** The same socket still connecting, for listeners that must be on before it connects: await `connected(socket)`. */
  socket: (userId: string, on?: TestServer) => Promise<TestClient>;
  /** Closes the socket with the others after the file's tests (for sockets made by hand). */
  track: (socket: TestClient) => TestClient;
};

/**
 * One test file's world for realtime tests: its own database (PostgreSQL when DATABASE_URL is
 * set, else PGlite, unless `backend` says), the question bank in it, and the realtime server on a
 * port of its own; made before the file's tests, and everything closed after them.
 */
export function realtimeSuite(options: { backend?: "postgres" | "pglite"; seed?: boolean; server?: Partial<RealtimeOptions> } = {}): RealtimeSuite {
  const sockets: TestClient[] = [];
  const suite = {
    track: (socket: TestClient) => {
      sockets.push(socket);
      return socket;
    },
    socket: async (userId: string, on?: TestServer) => suite.track(client((on ?? suite.server).url, await sessionCookie(userId))),
    connect: async (userId: string, on?: TestServer) => {
      const socket = await suite.socket(userId, on);
      await connected(socket);
      return socket;
    },
  } as RealtimeSuite;
  beforeAll(async () => {
    suite.db = await createTestDb(options.backend ?? (process.env.DATABASE_URL ? "postgres" : "pglite"));
    if (options.seed !== false) await seedQuestions(suite.db.db);
    suite.server = await startRealtimeServer(suite.db.db, options.server);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await suite.server?.close();
    await suite.db?.drop();
  });
  return suite;
}
