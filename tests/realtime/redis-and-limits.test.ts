import Redis from "ioredis";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "@/lib/realtime/client";
import { notesTextName } from "@/lib/sessions/document/shape";
import { clusterServices } from "../factories/cluster";
import { client, connected, sessionCookie, startRealtimeServer, type TestClient, type TestServer } from "../factories/realtime";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

// Both servers here share one Redis, as two instances do (the machine's own, unless REDIS_URL says otherwise).
const redisUrl = (process.env.REDIS_URL ||= clusterServices().redisUrl);

/** Many tiny edits, each its own update, as a misbehaving client would send them. */
function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText(notesTextName("requirements")).insert(0, "x");
  return updates;
}

describe("Redis: prefixed channels and limits shared between instances", () => {
  let db: TestDb;
  let one: TestServer;
  let two: TestServer;
  const sockets: TestClient[] = [];

  beforeAll(async () => {
    db = await createTestDb(process.env.DATABASE_URL ? "postgres" : "pglite");
    await seedQuestions(db.db);
    [one, two] = await Promise.all([startRealtimeServer(db.db), startRealtimeServer(db.db)]);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await Promise.all([one?.close(), two?.close()]);
    await db?.drop();
  });

  async function joinedSocket(url: string, cookie: string, sessionId: string) {
    const socket = client(url, cookie);
    sockets.push(socket);
    await connected(socket);
    const joined = await request(socket, "doc:join", { sessionId, stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(joined.ok).toBe(true);
    return socket;
  }

  it("publishes every socket.io message on channels that start with REDIS_KEY_PREFIX", async () => {
    const prefix = process.env.REDIS_KEY_PREFIX!;
    const watcher = new Redis(redisUrl);
    const channels = new Set<string>();
    watcher.on("pmessage", (_pattern, channel) => channels.add(channel));
    await watcher.psubscribe("*");
    try {
      const owner = await createUser(db.db);
      const cookie = await sessionCookie(owner.id);
      const { id } = await startTestSession(db.db, owner.id);
      const sender = await joinedSocket(one.url, cookie, id);
      const receiver = await joinedSocket(two.url, cookie, id);
      const received = new Promise((resolve) => receiver.once("doc:update", resolve));
      expect((await request(sender, "doc:update", { sessionId: id, update: edits(1)[0]! })).ok).toBe(true);
      await received; // it went from one instance to the other, through Redis
      // Other test files share this Redis with prefixes of their own: only this session's room is ours.
      const ours = [...channels].filter((channel) => channel.includes(id));
      expect(ours.length).toBeGreaterThan(0);
      for (const channel of ours) expect(channel.startsWith(prefix)).toBe(true);
    } finally {
      watcher.disconnect();
    }
  });

  it("refuses a flood of edits with a clear message, keeps answering, and stores what it accepted", async () => {
    const owner = await createUser(db.db);
    const cookie = await sessionCookie(owner.id);
    const { id } = await startTestSession(db.db, owner.id);
    const socket = await joinedSocket(one.url, cookie, id);
    const results = await Promise.all(edits(150).map((update) => request(socket, "doc:update", { sessionId: id, update })));
    const refused = results.filter((result) => !result.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(results.filter((result) => result.ok).length).toBeGreaterThanOrEqual(60);
    const first = refused[0]!;
    if (first.ok) throw new Error("unreachable");
    expect(first.error.code).toBe("RATE_LIMITED");
    expect(first.error.message).toMatch(/faster than the server accepts/);
    const ping = await request(socket, "ping", { sentAt: Date.now() }, 2000);
    expect(ping.ok).toBe(true);
  });

  it("counts one person's edits across instances against one shared budget", async () => {
    const owner = await createUser(db.db);
    const cookie = await sessionCookie(owner.id);
    const { id } = await startTestSession(db.db, owner.id);
    // Eight tabs, split over both instances, each within its own per-connection budget.
    const tabs = await Promise.all(Array.from({ length: 8 }, (_, i) => joinedSocket(i % 2 ? two.url : one.url, cookie, id)));
    const updates = edits(8 * 55);
    let refused = 0;
    for (let wave = 0; wave < 55; wave++) {
      const results = await Promise.all(tabs.map((tab, t) => request(tab, "doc:update", { sessionId: id, update: updates[wave * 8 + t]! })));
      refused += results.filter((result) => !result.ok && result.error.code === "RATE_LIMITED").length;
    }
    // 440 edits in well under 10 seconds: the person's budget (400 per 10 s) runs out, whichever instance counts.
    expect(refused).toBeGreaterThan(0);
  });
});
