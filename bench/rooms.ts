// Peer rooms under load: 250 rooms x 2 participants (interviewer and candidate) for 60 s on
// PostgreSQL. Each participant sends 2 document updates a second to the room's shared document
// (acknowledged once stored) and 10 presence updates a second. Measures relay latency from send to
// the other participant's receipt, for documents and for presence; checks every acknowledged update
// against the stored log; samples the server's RSS. Beside it, in the same run and with the same
// load generator, a bare socket.io relay (no auth, no parsing, no storage). With REDIS_URL set, a
// third run puts each room's interviewer on one app instance and its candidate on another, so every
// relay crosses Redis (the socket.io adapter), as it does behind a load balancer.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 npm run bench:rooms
// Knobs: BENCH_ROOMS (250), BENCH_SECONDS (60), BENCH_PROFILE=1 (CPU profile of each server into
// bench/results/).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { and, eq, inArray, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { connectPostgres } from "../db/client";
import { sessionUpdates, users } from "../db/schema";
import { loadQuestions } from "../lib/content/load-questions";
import { importQuestionBank } from "../lib/questions/import-question-bank";
import { connectRealtime, request, type RealtimeClient } from "../lib/realtime/client";
import { createPeerRoom } from "../lib/sessions/create-peer-room";
import { notesTextName } from "../lib/sessions/document/shape";
import { joinRoom } from "../lib/sessions/join-room";
import { DEFAULT_PLAN } from "../lib/sessions/plan";
import { currentInviteToken } from "../lib/sessions/room-queries";
import { startClock } from "../lib/sessions/start-clock";
import { freePort } from "../scripts/free-port.mjs";

const ROOMS = Number(process.env.BENCH_ROOMS ?? 250);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const DOC_PER_SECOND = 2;
const AWARENESS_PER_SECOND = 10;
const SECRET = "rooms-bench-secret-0123456789abcdef";
const TEXT = notesTextName("high_level_design");

/** app-x2: two app instances sharing PostgreSQL and Redis, the two people of each room split between them. */
type Mode = "app" | "bare" | "app-x2";
type Participant = { sessionId: string; index: number; role: "interviewer" | "candidate"; cookie: string };
type Room = { sessionId: string; people: [Participant, Participant] };
type Stats = { count: number; p50: number; p99: number; max: number };
type Acked = { sessionId: string; seq: number; update: Uint8Array; marker: string };
type Percentiles = { p50: number; p99: number; max: number };
/** Measured inside the server: its event-loop delay, and (app) the time spent storing each update. */
type ServerStats = { loopDelayMs?: Percentiles; storeMs?: Percentiles & { count: number }; pool?: { waitingAvg: number; waitingMax: number; allBusyPct: number } };
type ModeResult = {
  mode: Mode;
  doc: Stats & { sent: number; acked: number; failed: number; relayed: number };
  awareness: Stats & { sent: number; relayed: number };
  rssMaxMb: number;
  /** CPU time over the measured window, as a share of one core. */
  cpu: { serverPct: number; generatorPct: number; machinePct: number };
  generatorLagP99Ms: number;
  server: ServerStats;
  log?: { stored: number; missingRows: number; mismatchedRows: number; missingEdits: number };
  lost: number;
};

const percentile = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
function stats(values: number[]): Stats {
  const sorted = Float64Array.from(values).sort();
  const round = (n: number) => +n.toFixed(2);
  return { count: sorted.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) };
}
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
/** utime + stime of a process, in clock ticks (100 a second on Linux). */
const processTicks = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(fields[11]) + Number(fields[12]);
};
/** Busy and total clock ticks of the whole machine. */
const machineTicks = () => {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = cpu[3]! + cpu[4]!;
  const total = cpu.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Running = { child: ChildProcess; stats: Promise<ServerStats> };

async function startServer(mode: Mode, port: number, databaseUrl: string, redisPrefix: string): Promise<Running> {
  const script = mode === "bare" ? "bench/lib/bare-relay-server.ts" : "bench/lib/app-relay-server.ts";
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=bench/results"] : [];
  const redis = mode === "app-x2" ? { REDIS_URL: process.env.REDIS_URL!, REDIS_KEY_PREFIX: redisPrefix } : { REDIS_URL: "" };
  const child = spawn(process.execPath, [...profile, "--import", "tsx", script, String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, ...redis },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const stats = new Promise<ServerStats>((resolve) => {
    child.once("exit", () => {
      const line = output.split("\n").find((l) => l.startsWith("stats "));
      resolve(line ? (JSON.parse(line.slice(6)) as ServerStats) : {});
    });
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { child, stats };
}

// A document edit inserts "#<participant>:<seq>#" and a presence state carries "t":<send time>;
// the receiver finds them in the bytes it gets (Yjs and awareness keep strings as UTF-8), so the
// server relays exactly what it relays in the app and the payload carries no extra field.
const DOC_MARK = /#(\d+):(\d+)#/g;
const AWARENESS_MARK = /"t":(\d+(?:\.\d+)?)/g;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

async function connectParticipant(port: number, person: Participant) {
  const socket = connectRealtime(`http://127.0.0.1:${port}`, { transports: ["websocket"], extraHeaders: { cookie: person.cookie }, reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const doc = new Y.Doc();
  const joined = await request(socket, "doc:join", { sessionId: person.sessionId, channel: "shared", stateVector: Y.encodeStateVector(doc) }, 60_000);
  if (!joined.ok) throw new Error(`doc:join: ${joined.error.message}`);
  Y.applyUpdate(doc, new Uint8Array(joined.data.update), "server");
  return { person, socket, doc };
}

/** The worse of each figure two servers measured (one server: its own). */
function worstOf(all: ServerStats[]): ServerStats {
  const worst = <T extends object>(values: (T | undefined)[]): T | undefined => {
    const present = values.filter((value): value is T => value !== undefined);
    if (!present.length) return undefined;
    return Object.fromEntries(Object.keys(present[0]!).map((key) => [key, Math.max(...present.map((value) => (value as Record<string, number>)[key]!))])) as T;
  };
  return { loopDelayMs: worst(all.map((one) => one.loopDelayMs)), storeMs: worst(all.map((one) => one.storeMs)), pool: worst(all.map((one) => one.pool)) };
}

async function runMode(mode: Mode, port: number, databaseUrl: string, rooms: Room[]): Promise<ModeResult & { acked: Acked[] }> {
  const redisPrefix = `sdp-bench-rooms-${randomBytes(4).toString("hex")}:`;
  const ports = mode === "app-x2" ? [port, await freePort()] : [port];
  const servers = await Promise.all(ports.map((p) => startServer(mode, p, databaseUrl, redisPrefix)));
  const pids = servers.map((running) => running.child.pid!);
  const sockets: RealtimeClient[] = [];
  const docLatency: number[] = [];
  const awarenessLatency: number[] = [];
  const sentAt = new Map<string, number>();
  const acked: Acked[] = [];
  let docSent = 0;
  let docFailed = 0;
  let docRelayed = 0;
  let awarenessSent = 0;
  let awarenessRelayed = 0;
  // The largest single server: each instance of several is its own process with its own memory.
  const rssNow = () => Math.max(...pids.map(rssMb));
  let rssMax = rssNow();
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssNow())), 250);
  const lag = monitorEventLoopDelay({ resolution: 1 });
  let cpu = { serverPct: 0, generatorPct: 0, machinePct: 0 };
  try {
    const people = rooms.flatMap((room) => room.people);
    const connected = [];
    for (let i = 0; i < people.length; i += 50) {
      // In waves, so the set-up does not time out on a busy 2-core machine.
      // Split between instances by index: a room's interviewer (even) and candidate (odd) land apart.
      const wave = await Promise.all(people.slice(i, i + 50).map((person) => connectParticipant(ports[person.index % ports.length]!, person)));
      for (const c of wave) sockets.push(c.socket);
      connected.push(...wave);
    }
    for (const { socket, doc } of connected) {
      socket.on("doc:update", ({ update }) => {
        const now = performance.now();
        docRelayed++;
        for (const match of latin1(update).matchAll(DOC_MARK)) {
          const key = `${match[1]}:${match[2]}`;
          const started = sentAt.get(key);
          if (started !== undefined) {
            docLatency.push(now - started);
            sentAt.delete(key);
          }
        }
        Y.applyUpdate(doc, new Uint8Array(update), "server"); // as a real client does
      });
      socket.on("awareness:update", ({ update }) => {
        const now = performance.now();
        awarenessRelayed++;
        for (const match of latin1(update).matchAll(AWARENESS_MARK)) awarenessLatency.push(now - Number(match[1]));
      });
    }
    console.log(`  ${mode}: ${connected.length} participants connected and joined; running ${SECONDS} s`);

    const serverTicks = () => pids.reduce((sum, pid) => sum + processTicks(pid), 0);
    const cpuStart = { server: serverTicks(), generator: process.cpuUsage(), machine: machineTicks(), at: performance.now() };
    lag.enable();
    for (const running of servers) running.child.kill("SIGUSR2"); // the servers' own figures cover the same window
    const until = performance.now() + SECONDS * 1000;
    await Promise.all(
      connected.map(async ({ person, socket, doc }) => {
        const text = doc.getText(TEXT);
        const awareness = new Awareness(doc);
        const user = { name: `Bench ${person.index}`, role: person.role };
        let seq = 0;
        let moves = 0;
        const pending: Promise<void>[] = [];
        const sendDoc = () => {
          const marker = `${person.index}:${seq++}`;
          let update: Uint8Array | undefined;
          const capture = (u: Uint8Array, origin: unknown) => origin === null && (update = u);
          doc.on("update", capture);
          text.insert(text.length, `#${marker}# `);
          doc.off("update", capture);
          docSent++;
          const payload = { sessionId: person.sessionId, channel: "shared" as const, update: update! };
          sentAt.set(marker, performance.now());
          pending.push(
            request(socket, "doc:update", payload, 30_000).then(
              (result) => {
                if (!result.ok) {
                  docFailed++;
                  if (docFailed <= 3) console.error(`  ${mode}: doc:update refused: ${result.error.code} ${result.error.message}`);
                  return;
                }
                acked.push({ sessionId: person.sessionId, seq: result.data.seq, update: payload.update, marker });
              },
              () => void docFailed++,
            ),
          );
        };
        const sendAwareness = () => {
          moves++;
          awareness.setLocalState({ user, t: performance.now(), cursor: { anchor: moves, head: moves }, pointer: { x: moves % 800, y: moves % 600, tool: "pointer" } });
          awarenessSent++;
          // As the app's presence client does (lib/sessions/client/presence.ts).
          socket.volatile.emit("awareness:update", { sessionId: person.sessionId, update: encodeAwarenessUpdate(awareness, [doc.clientID]) });
        };
        // Spread everyone's ticks over the intervals, then keep each rate on its own timer.
        await sleep(Math.random() * (1000 / AWARENESS_PER_SECOND));
        const awarenessTimer = setInterval(sendAwareness, 1000 / AWARENESS_PER_SECOND);
        await sleep(Math.random() * (1000 / DOC_PER_SECOND));
        const docTimer = setInterval(sendDoc, 1000 / DOC_PER_SECOND);
        sendDoc();
        await sleep(until - performance.now());
        clearInterval(docTimer);
        clearInterval(awarenessTimer);
        awareness.destroy();
        await Promise.all(pending);
      }),
    );
    lag.disable();
    const seconds = (performance.now() - cpuStart.at) / 1000;
    const generator = process.cpuUsage(cpuStart.generator);
    const machine = machineTicks();
    cpu = {
      serverPct: Math.round(((serverTicks() - cpuStart.server) / 100 / seconds) * 100),
      generatorPct: Math.round(((generator.user + generator.system) / 1e6 / seconds) * 100),
      machinePct: Math.round(((machine.busy - cpuStart.machine.busy) / (machine.total - cpuStart.machine.total)) * 100),
    };
    await sleep(1000); // the last relays
  } finally {
    clearInterval(sampler);
    for (const socket of sockets) socket.disconnect();
    await Promise.all(
      servers.map(async ({ child }) => {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }),
    );
  }
  return {
    mode,
    doc: { sent: docSent, acked: acked.length, failed: docFailed, relayed: docRelayed, ...stats(docLatency) },
    awareness: { sent: awarenessSent, relayed: awarenessRelayed, ...stats(awarenessLatency) },
    rssMaxMb: +rssMax.toFixed(1),
    cpu,
    generatorLagP99Ms: +(lag.percentile(99) / 1e6).toFixed(1),
    server: worstOf(await Promise.all(servers.map((running) => running.stats))),
    lost: 0,
    acked,
  };
}

/**
 * Every acknowledged update must be in session_updates under the sequence number it was
 * acknowledged with and with the same bytes, and the document rebuilt from each room's log must
 * hold every acknowledged edit of both participants.
 */
async function checkLog(databaseUrl: string, rooms: Room[], acked: Acked[]) {
  const handle = connectPostgres(databaseUrl, 4);
  const bySession = new Map<string, Acked[]>();
  for (const a of acked) (bySession.get(a.sessionId) ?? bySession.set(a.sessionId, []).get(a.sessionId)!).push(a);
  let stored = 0;
  let missingRows = 0;
  let mismatchedRows = 0;
  let missingEdits = 0;
  try {
    for (let i = 0; i < rooms.length; i += 25) {
      const ids = rooms.slice(i, i + 25).map((room) => room.sessionId);
      const rows = await handle.db
        .select({ sessionId: sessionUpdates.sessionId, seq: sessionUpdates.seq, data: sessionUpdates.data })
        .from(sessionUpdates)
        .where(and(inArray(sessionUpdates.sessionId, ids), eq(sessionUpdates.channel, "shared")))
        .orderBy(sessionUpdates.seq);
      stored += rows.length;
      for (const sessionId of ids) {
        const log = rows.filter((row) => row.sessionId === sessionId);
        const bySeq = new Map(log.map((row) => [Number(row.seq), row.data]));
        const doc = new Y.Doc();
        for (const row of log) Y.applyUpdate(doc, row.data);
        const notes = doc.getText(TEXT).toString();
        for (const a of bySession.get(sessionId) ?? []) {
          const data = bySeq.get(a.seq);
          if (!data) missingRows++;
          else if (Buffer.compare(Buffer.from(data), Buffer.from(a.update)) !== 0) mismatchedRows++;
          if (!notes.includes(`#${a.marker}#`)) missingEdits++;
        }
      }
    }
  } finally {
    await handle.close();
  }
  return { stored, missingRows, mismatchedRows, missingEdits };
}

async function setUp(databaseUrl: string): Promise<Room[]> {
  const handle = connectPostgres(databaseUrl, 8);
  await handle.migrate();
  await importQuestionBank(handle.db, await loadQuestions());
  const cookie = async (userId: string) => `next-auth.session-token=${await encode({ token: { sub: userId }, secret: SECRET })}`;
  const rooms: Room[] = [];
  for (let i = 0; i < ROOMS; i++) {
    // Straight into the table: hashing 500 passwords would only slow the set-up down.
    const made = await handle.db
      .insert(users)
      .values([0, 1].map((n) => ({ email: `bench-room-${i}-${n}-${randomBytes(3).toString("hex")}@example.test`, name: `Bench ${i}.${n}` })))
      .returning({ id: users.id });
    const [interviewer, candidate] = made as [{ id: string }, { id: string }];
    const { id, roomId } = await createPeerRoom(handle.db, interviewer.id, { questionSlug: "url-shortener", plan: DEFAULT_PLAN, role: "interviewer", saveAsDefault: false });
    await joinRoom(handle.db, candidate.id, (await currentInviteToken(handle.db, roomId))!);
    await startClock(handle.db, id, interviewer.id);
    rooms.push({
      sessionId: id,
      people: [
        { sessionId: id, index: i * 2, role: "interviewer", cookie: await cookie(interviewer.id) },
        { sessionId: id, index: i * 2 + 1, role: "candidate", cookie: await cookie(candidate.id) },
      ],
    });
  }
  await handle.db.execute(sql`analyze`);
  await handle.close();
  return rooms;
}

function printTable(results: ModeResult[]) {
  const cols: [string, number, (r: ModeResult) => string][] = [
    ["mode", 8, (r) => r.mode],
    ["doc sent", 9, (r) => String(r.doc.sent)],
    ["acked", 7, (r) => String(r.doc.acked)],
    ["failed", 7, (r) => String(r.doc.failed)],
    ["lost", 6, (r) => (r.log ? String(r.lost) : "-")],
    ["doc p50", 9, (r) => r.doc.p50.toFixed(2)],
    ["doc p99", 9, (r) => r.doc.p99.toFixed(2)],
    ["doc max", 9, (r) => r.doc.max.toFixed(1)],
    ["pres sent", 10, (r) => String(r.awareness.sent)],
    ["relayed", 8, (r) => String(r.awareness.relayed)],
    ["pres p50", 9, (r) => r.awareness.p50.toFixed(2)],
    ["pres p99", 9, (r) => r.awareness.p99.toFixed(2)],
    ["pres max", 9, (r) => r.awareness.max.toFixed(1)],
    ["RSS MB", 8, (r) => r.rssMaxMb.toFixed(1)],
    ["srv CPU", 8, (r) => `${r.cpu.serverPct}%`],
    ["gen CPU", 8, (r) => `${r.cpu.generatorPct}%`],
    ["box CPU", 8, (r) => `${r.cpu.machinePct}%`],
    ["gen lag p99", 12, (r) => `${r.generatorLagP99Ms} ms`],
    ["srv lag p99", 12, (r) => (r.server.loopDelayMs ? `${r.server.loopDelayMs.p99} ms` : "-")],
    ["store p50/p99", 15, (r) => (r.server.storeMs ? `${r.server.storeMs.p50}/${r.server.storeMs.p99}` : "-")],
    ["pool wait avg/max", 19, (r) => (r.server.pool ? `${r.server.pool.waitingAvg}/${r.server.pool.waitingMax}` : "-")],
  ];
  console.log(cols.map(([name, width], i) => (i ? name.padStart(width) : name.padEnd(width))).join(""));
  for (const r of results) console.log(cols.map(([, width, cell], i) => (i ? cell(r).padStart(width) : cell(r).padEnd(width))).join(""));
  console.log("(latencies in ms; CPU over the measured window, 100% = one core; box = the whole 2-core machine, incl. PostgreSQL;");
  console.log(" gen/srv lag = event-loop delay of the load generator / the server, sampled every 1 ms (about 1 ms when idle);");
  console.log(" store = ms a document update spent in the server's store path: session lock, write to PostgreSQL, commit;");
  console.log(" pool wait = queries waiting for one of the server's 20 PostgreSQL connections, sampled every 50 ms)");
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a local PostgreSQL server; the bench creates and drops its own database.");
  const name = `sdp_bench_rooms_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    console.log(`bench/rooms: ${ROOMS} rooms x 2 participants x ${SECONDS} s; each sends ${DOC_PER_SECOND} document and ${AWARENESS_PER_SECOND} presence updates a second`);
    const rooms = await setUp(databaseUrl);
    const port = await freePort();
    const { acked: _bareAcked, ...bare } = await runMode("bare", port, databaseUrl, rooms);
    const measured = async (mode: Mode, at: number) => {
      const { acked, ...result } = await runMode(mode, at, databaseUrl, rooms);
      // Lost: acknowledged, yet not in the log as acknowledged, or not in the document rebuilt from it.
      // Unacknowledged updates (refused, or no answer within 30 s) are counted apart: the client
      // would send them again, and the log may still hold them.
      const log = await checkLog(databaseUrl, rooms, acked);
      return { ...result, log, lost: log.missingRows + log.mismatchedRows + log.missingEdits };
    };
    const app = await measured("app", await freePort());
    // Each run appends to the same rooms' logs; the log check looks only for that run's acknowledged edits.
    const split = process.env.REDIS_URL ? await measured("app-x2", await freePort()) : null;
    if (!split) console.log("  app-x2: skipped, set REDIS_URL to measure two instances sharing Redis");

    console.log("");
    printTable(split ? [bare, app, split] : [bare, app]);
    const ratio = app.doc.p99 / Math.max(bare.doc.p99, 0.01);
    const checks = [
      { name: `document relay p99 under 50 ms (${app.doc.p99} ms)`, pass: app.doc.p99 < 50 },
      { name: `document relay p99 within 3x of the bare relay's (${ratio.toFixed(2)}x of ${bare.doc.p99} ms)`, pass: ratio <= 3 },
      { name: `presence relay p99 under 30 ms (${app.awareness.p99} ms)`, pass: app.awareness.p99 < 30 },
      {
        name: `no document update lost (${app.lost}: ${app.log.missingRows} acknowledged rows missing from session_updates, ${app.log.mismatchedRows} differing, ${app.log.missingEdits} acknowledged edits missing from the rebuilt documents; ${app.log.stored} rows stored)`,
        pass: app.lost === 0,
      },
      { name: `every document update acknowledged (${app.doc.acked} of ${app.doc.sent}; ${app.doc.failed} refused or unanswered after 30 s)`, pass: app.doc.failed === 0 && app.doc.acked === app.doc.sent },
      { name: `server RSS under 500 MB (${app.rssMaxMb} MB)`, pass: app.rssMaxMb < 500 },
      ...(split
        ? [
            {
              name: `two instances: document relay p99 ${split.doc.p99} ms and presence p99 ${split.awareness.p99} ms through Redis (one instance: ${app.doc.p99} / ${app.awareness.p99} ms), no update lost (${split.lost}) and every one acknowledged (${split.doc.acked} of ${split.doc.sent})`,
              pass: split.lost === 0 && split.doc.failed === 0 && split.doc.acked === split.doc.sent,
            },
          ]
        : []),
    ];
    console.log("");
    for (const check of checks) console.log(`${check.pass ? "PASS" : "FAIL"}  ${check.name}`);
    for (const r of split ? [bare, app, split] : [bare, app]) {
      if (r.cpu.generatorPct >= 85) console.log(`note: the load generator used ${r.cpu.generatorPct}% of a core in the ${r.mode} run: it is near saturation, and its latencies include its own queueing.`);
      if (r.generatorLagP99Ms > 20) console.log(`note: the load generator's event loop lagged ${r.generatorLagP99Ms} ms (p99) in the ${r.mode} run; latencies include that.`);
      if (r.cpu.machinePct >= 90) console.log(`note: the machine was ${r.cpu.machinePct}% busy in the ${r.mode} run (server, generator and PostgreSQL share 2 cores).`);
    }
    mkdirSync("bench/results", { recursive: true });
    const file = path.join("bench/results", `rooms-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify({ rooms: ROOMS, seconds: SECONDS, docPerSecond: DOC_PER_SECOND, awarenessPerSecond: AWARENESS_PER_SECOND, bare, app, split, checks }, null, 2));
    console.log(`\nwrote ${file}`);
    if (checks.some((check) => !check.pass)) process.exitCode = 1;
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
