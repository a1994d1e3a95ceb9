import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as Y from "yjs";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessionUpdates } from "@/db/schema";
import { request } from "@/lib/realtime/client";
import { RoomConnection } from "@/lib/sessions/client/room-connection";
import { freePort } from "./balancer";
import { client, connected, type TestClient } from "./realtime";

export { freePort, startBalancer, type Balancer } from "./balancer";

const LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_REDIS = "redis://127.0.0.1:6379";

/**
 * The shared parts several instances need. The dev and CI machines run PostgreSQL and Redis on
 * their default local ports; DATABASE_URL and REDIS_URL point elsewhere.
 */
export function clusterServices(): { postgresUrl: string; redisUrl: string } {
  return { postgresUrl: process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || LOCAL_POSTGRES, redisUrl: process.env.REDIS_URL || LOCAL_REDIS };
}

export type Instance = {
  port: number;
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Starts one realtime instance process (tests/cluster/instance.ts) on `databaseUrl` and the shared Redis. */
export async function startInstance(options: { databaseUrl: string; redisPrefix: string; port?: number; env?: Record<string, string> }): Promise<Instance> {
  const listenOn = options.port ?? (await freePort());
  const child = spawn(process.execPath, ["--import", "tsx", "tests/cluster/instance.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: clusterServices().redisUrl,
      REDIS_KEY_PREFIX: options.redisPrefix,
      PORT: String(listenOn),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance never became ready:\n${output}`)), 30_000);
    const onData = () => {
      const match = /ready (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on("data", onData);
    void exited.then(() => reject(new Error(`instance exited before it was ready:\n${output}`)));
  });
  return { port, url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

export const uniquePrefix = () => `sdp-cluster-${randomBytes(4).toString("hex")}:`;

/** The document as the database holds it: every stored update of the log, applied in order. */
export async function storedDocument(db: Db, sessionId: string): Promise<Y.Doc> {
  const rows = await db.select({ data: sessionUpdates.data }).from(sessionUpdates).where(eq(sessionUpdates.sessionId, sessionId)).orderBy(asc(sessionUpdates.seq));
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return doc;
}

export async function storedSeqs(db: Db, sessionId: string): Promise<Set<number>> {
  const rows = await db.select({ seq: sessionUpdates.seq }).from(sessionUpdates).where(eq(sessionUpdates.sessionId, sessionId));
  return new Set(rows.map((row) => Number(row.seq)));
}

/**
 * A bare tab on one instance: its own Y.Doc, joined once, sending each local edit and recording
 * the sequence number of every acknowledged one. It never rejoins, so it shows exactly what the
 * server's broadcasts (and join) delivered.
 */
export async function rawTab(url: string, cookie: string, sessionId: string) {
  const socket: TestClient = client(url, cookie);
  await connected(socket);
  const doc = new Y.Doc();
  socket.on("doc:update", ({ update }) => Y.applyUpdate(doc, new Uint8Array(update), "remote"));
  const joined = await request(socket, "doc:join", { sessionId, stateVector: Y.encodeStateVector(doc) });
  if (!joined.ok) throw new Error(joined.error.message);
  Y.applyUpdate(doc, new Uint8Array(joined.data.update), "remote");
  const acked: number[] = [];
  const pending: Promise<unknown>[] = [];
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === "remote") return;
    pending.push(
      request(socket, "doc:update", { sessionId, update }).then(
        (result) => result.ok && acked.push(result.data.seq),
        () => undefined,
      ),
    );
  });
  return { socket, doc, acked, settle: () => Promise.all(pending), close: () => socket.disconnect() };
}

export type PageTabOptions = {
  resyncEveryMs?: number;
  /** Connect as the page does (WebSocket first, polling as the fallback) instead of WebSocket only. */
  pageTransports?: boolean;
};

/** The page's own connection object (RoomConnection), without IndexedDB, reconnecting like a browser does. */
export async function pageTab(url: string, cookie: string, sessionId: string, viewerId: string, options: PageTabOptions = {}) {
  const reconnecting = { extraHeaders: { cookie }, forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 500 };
  const connection = new RoomConnection(sessionId, {
    viewerId,
    withPresence: false,
    url,
    persist: false,
    resyncEveryMs: options.resyncEveryMs,
    socketOptions: options.pageTransports ? reconnecting : { ...reconnecting, transports: ["websocket"] },
  });
  let saveState = "offline";
  const states: string[] = [];
  let disconnects = 0;
  await connection.start({
    onConnectionChange: (connected) => void (connected || disconnects++),
    onSnapshot: () => {},
    onSaveState: (state) => {
      saveState = state;
      if (states.at(-1) !== state) states.push(state);
    },
    onSessionChanged: () => {},
  });
  const until = Date.now() + 10_000;
  while (saveState !== "saved") {
    if (Date.now() > until) throw new Error(`the tab never joined (${saveState})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  /** Every save state the page would have shown, in order, without repeats. */
  return { connection, doc: connection.shared.doc, saveState: () => saveState, states, disconnects: () => disconnects };
}

export const textOf = (doc: Y.Doc, name: string) => doc.getText(name).toString();

export async function waitUntil(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A database of its own on the cluster's PostgreSQL, migrated, for one test file. */
export async function createClusterDb() {
  process.env.TEST_DATABASE_URL ||= clusterServices().postgresUrl;
  const { createTestDb } = await import("./test-db");
  const db = await createTestDb("postgres");
  return { ...db, url: db.url! };
}
