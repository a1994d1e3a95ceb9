import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "@/lib/realtime/client";
import { attachRealtime, type RealtimeServer } from "@/lib/realtime/server";
import { notesTextName } from "@/lib/sessions/document/shape";
import { syncDocument } from "@/lib/sessions/document/sync-document";
import { clusterServices } from "../factories/cluster";
import { client, connected, SECRET, sessionCookie, type TestClient } from "../factories/realtime";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

const NOTES = notesTextName("requirements");
const redisUrl = (process.env.REDIS_URL ||= clusterServices().redisUrl);

/**
 * The race of a join on one instance with an edit stored on another: the join reads the log, the
 * other instance stores an edit and broadcasts it, then the join answers. Here the window between
 * the read and the answer is held open on purpose (the join's read is wrapped to let the other
 * instance store and broadcast in between), so the race happens every time instead of rarely.
 */
describe("a join racing an edit stored on another instance", () => {
  let db: TestDb;
  const servers: RealtimeServer[] = [];
  const sockets: TestClient[] = [];
  let duringRead: (() => Promise<void>) | null = null;

  async function start(withHook: boolean): Promise<string> {
    const http = createServer((_req, res) => res.writeHead(404).end());
    const readDocument: typeof syncDocument = async (...args) => {
      const read = await syncDocument(...args);
      const hook = duringRead;
      duringRead = null;
      if (hook) await hook();
      return read;
    };
    servers.push(attachRealtime(http, { secret: SECRET, redisUrl, db: db.db, ...(withHook ? { readDocument } : {}) }));
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    db = await createTestDb(process.env.DATABASE_URL ? "postgres" : "pglite");
    await seedQuestions(db.db);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await Promise.all(servers.map((io) => new Promise((resolve) => io.close(() => resolve(undefined)))));
    await db?.drop();
  });

  it("still delivers the edit to the joiner, by the broadcast, without a rejoin", async () => {
    const [joinerUrl, writerUrl] = [await start(true), await start(false)];
    const owner = await createUser(db.db);
    const cookie = await sessionCookie(owner.id);
    const { id } = await startTestSession(db.db, owner.id);
    const open = async (url: string) => {
      const socket = client(url, cookie);
      sockets.push(socket);
      await connected(socket);
      return socket;
    };

    const writer = await open(writerUrl);
    const writerDoc = new Y.Doc();
    expect((await request(writer, "doc:join", { sessionId: id, stateVector: Y.encodeStateVector(writerDoc) })).ok).toBe(true);

    const joiner = await open(joinerUrl);
    const joinerDoc = new Y.Doc();
    joiner.on("doc:update", ({ update }) => Y.applyUpdate(joinerDoc, new Uint8Array(update)));
    duringRead = async () => {
      writerDoc.getText(NOTES).insert(0, "stored while the join was reading");
      const stored = await request(writer, "doc:update", { sessionId: id, update: Y.encodeStateAsUpdate(writerDoc) });
      expect(stored.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200)); // its broadcast crosses Redis meanwhile
    };
    const joined = await request(joiner, "doc:join", { sessionId: id, stateVector: Y.encodeStateVector(joinerDoc) });
    if (!joined.ok) throw new Error(joined.error.message);
    Y.applyUpdate(joinerDoc, new Uint8Array(joined.data.update));
    expect(duringRead).toBeNull(); // the window was really opened

    const until = Date.now() + 1000;
    while (!joinerDoc.getText(NOTES).toString().includes("stored while") && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(joinerDoc.getText(NOTES).toString()).toBe("stored while the join was reading");
  });
});
