import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessionUpdates } from "@/db/schema";
import { request } from "@/lib/realtime/client";
import { RoomConnection } from "@/lib/sessions/client/room-connection";
import { client, connected, type TestClient } from "./realtime";

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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const NGINX = "/usr/sbin/nginx";

/** nginx from Debian's package, installed when missing (the CI machine runs as root). */
export function ensureNginx(): string {
  if (existsSync(NGINX)) return NGINX;
  execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light"], { stdio: "inherit" });
  if (!existsSync(NGINX)) throw new Error("nginx is not installed and could not be installed: run apt-get install nginx-light");
  return NGINX;
}

export type Balancer = { url: string; port: number; stop: () => Promise<void>; log: () => string };

/**
 * nginx, round-robin, in front of `ports`, running the configuration the README documents
 * (deploy/nginx-sdpractice.conf) with these ports put in.
 */
export async function startBalancer(ports: number[]): Promise<Balancer> {
  const nginx = ensureNginx();
  const dir = mkdtempSync(path.join(tmpdir(), "sdp-nginx-"));
  const port = await freePort();
  const documented = readFileSync("deploy/nginx-sdpractice.conf", "utf8");
  // Each instance gets the settings the documented server lines carry.
  const serverSettings = /^\s*server 127\.0\.0\.1:300\d([^;]*);/m.exec(documented)?.[1] ?? "";
  const site = documented
    .replace(/^\s*server 127\.0\.0\.1:300\d.*\n/gm, "")
    .replace("upstream sdpractice {", `upstream sdpractice {\n${ports.map((p) => `    server 127.0.0.1:${p}${serverSettings};`).join("\n")}`)
    .replace("listen 8080;", `listen 127.0.0.1:${port};`);
  writeFileSync(path.join(dir, "sdpractice.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${dir}/${kind};`).join("\n  ");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\n` +
      `events { worker_connections 1024; }\nhttp {\n  access_log off;\n  ${temp}\n  include ${dir}/sdpractice.conf;\n}\n`,
  );
  const child = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stderr!.on("data", (chunk) => (log += chunk));
  const until = Date.now() + 10_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > until) throw new Error(`nginx did not start: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log: () => log + (existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, "utf8") : ""),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
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
