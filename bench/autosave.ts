// Autosave under load: 200 concurrent sessions, each sending 2 document updates a second for 60 s,
// acknowledged only after they are stored in PostgreSQL; beside a baseline of the same socket.io
// server acknowledging without storing, in the same run.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:autosave
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import * as Y from "yjs";
import { connectPostgres } from "../db/client";
import { sessionUpdates, users } from "../db/schema";
import { loadQuestions } from "../lib/content/load-questions";
import { importQuestionBank } from "../lib/questions/import-question-bank";
import { connectRealtime, request, type RealtimeClient } from "../lib/realtime/client";
import { notesTextName } from "../lib/sessions/document/shape";
import { DEFAULT_PLAN } from "../lib/sessions/plan";
import { startSession } from "../lib/sessions/start-session";
import { createBenchDatabase } from "./lib/bench-database";
import { freePort } from "../scripts/free-port.mjs";

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 200);
const RATE_PER_SECOND = 2;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SECRET = "autosave-bench-secret-0123456789abcdef";

type ModeResult = { mode: string; sent: number; acked: number; failed: number; p50: number; p99: number; max: number; rssMaxMb: number; stored?: number; lost: number };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function startServer(mode: string, port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/lib/realtime-server.ts", String(port), mode], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, REDIS_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

async function runMode(mode: "store" | "ack-only", port: number, databaseUrl: string, sessions: { id: string; cookie: string }[]): Promise<ModeResult> {
  const server = await startServer(mode, port, databaseUrl);
  const clients: RealtimeClient[] = [];
  const latencies: number[] = [];
  let sent = 0;
  let acked = 0;
  let failed = 0;
  let rssMax = rssMb(server.pid!);
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb(server.pid!))), 500);
  const expectedText = new Map<string, string>();
  try {
    const docs = await Promise.all(
      sessions.map(async (session) => {
        const socket = connectRealtime(`http://127.0.0.1:${port}`, { transports: ["websocket"], extraHeaders: { cookie: session.cookie }, reconnection: false, forceNew: true });
        clients.push(socket);
        await new Promise<void>((resolve, reject) => {
          socket.once("connect", () => resolve());
          socket.once("connect_error", reject);
        });
        const doc = new Y.Doc();
        const joined = await request(socket, "doc:join", { sessionId: session.id, stateVector: Y.encodeStateVector(doc) }, 30_000);
        if (!joined.ok) throw new Error(joined.error.message);
        Y.applyUpdate(doc, new Uint8Array(joined.data.update));
        return { session, socket, doc };
      }),
    );
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(
      docs.map(async ({ session, socket, doc }, index) => {
        const text = doc.getText(notesTextName("deep_dive"));
        let written = text.toString();
        await new Promise((resolve) => setTimeout(resolve, (index * 1000) / docs.length / RATE_PER_SECOND)); // spread the clients out
        const pending: Promise<void>[] = [];
        while (Date.now() < until) {
          const chunk = `update ${sent} ${randomBytes(8).toString("hex")}. `;
          let update: Uint8Array | undefined;
          const capture = (u: Uint8Array) => (update = u);
          doc.on("update", capture);
          text.insert(text.length, chunk);
          doc.off("update", capture);
          written += chunk;
          sent++;
          const startedAt = performance.now();
          pending.push(
            request(socket, "doc:update", { sessionId: session.id, update: update! }, 30_000).then(
              (result) => {
                latencies.push(performance.now() - startedAt);
                if (result.ok) acked++;
                else failed++;
              },
              () => void failed++,
            ),
          );
          await new Promise((resolve) => setTimeout(resolve, 1000 / RATE_PER_SECOND));
        }
        await Promise.all(pending);
        expectedText.set(session.id, written);
      }),
    );
  } finally {
    clearInterval(sampler);
    for (const socket of clients) socket.disconnect();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }

  const sorted = [...latencies].sort((a, b) => a - b);
  const result: ModeResult = {
    mode,
    sent,
    acked,
    failed,
    p50: +percentile(sorted, 50).toFixed(2),
    p99: +percentile(sorted, 99).toFixed(2),
    max: +(sorted.at(-1) ?? 0).toFixed(2),
    rssMaxMb: +rssMax.toFixed(1),
    lost: sent - acked,
  };
  if (mode === "store") {
    // Every acknowledged update must be in the log, and the log must rebuild exactly what was written.
    const handle = connectPostgres(databaseUrl, 4);
    let stored = 0;
    let mismatched = 0;
    for (const [sessionId, written] of expectedText) {
      const rows = await handle.db.select({ data: sessionUpdates.data }).from(sessionUpdates).where(eq(sessionUpdates.sessionId, sessionId)).orderBy(sessionUpdates.seq);
      stored += rows.length;
      const doc = new Y.Doc();
      for (const row of rows) Y.applyUpdate(doc, row.data);
      if (doc.getText(notesTextName("deep_dive")).toString() !== written) mismatched++;
    }
    await handle.close();
    result.stored = stored;
    result.lost = sent - acked + mismatched + Math.max(0, acked - stored);
  }
  return result;
}

async function main() {
  const database = await createBenchDatabase("sdp_bench_autosave");
  const databaseUrl = database.url;
  try {
    const handle = connectPostgres(databaseUrl, 4);
    await handle.migrate();
    await importQuestionBank(handle.db, await loadQuestions());
    const makeSessions = async () => {
      const list: { id: string; cookie: string }[] = [];
      for (let i = 0; i < SESSIONS; i++) {
        // Straight into the table: hashing 400 passwords would only slow the set-up down.
        const [user] = await handle.db.insert(users).values({ email: `bench-${i}-${randomBytes(3).toString("hex")}@example.test`, name: `Bench ${i}` }).returning({ id: users.id });
        if (!user) throw new Error("could not create a bench user");
        const { id } = await startSession(handle.db, user.id, { questionSlug: "url-shortener", plan: DEFAULT_PLAN, saveAsDefault: false });
        list.push({ id, cookie: `next-auth.session-token=${await encode({ token: { sub: user.id }, secret: SECRET })}` });
      }
      return list;
    };
    console.log(`bench/autosave: ${SESSIONS} sessions x ${RATE_PER_SECOND} updates/s x ${SECONDS} s per mode (setting up ${SESSIONS * 2} sessions...)`);
    const baselineSessions = await makeSessions();
    const storedSessions = await makeSessions();
    await handle.db.execute(sql`analyze`);
    await handle.close();

    const port = await freePort();
    const baseline = await runMode("ack-only", port, databaseUrl, baselineSessions);
    const stored = await runMode("store", await freePort(), databaseUrl, storedSessions);

    console.log("\nmode        sent   acked  failed   p50 ms   p99 ms   max ms  RSS max MB  lost");
    for (const r of [baseline, stored]) {
      console.log(
        `${r.mode.padEnd(10)}${String(r.sent).padStart(6)}${String(r.acked).padStart(8)}${String(r.failed).padStart(8)}${r.p50.toFixed(2).padStart(9)}${r.p99.toFixed(2).padStart(9)}${r.max.toFixed(2).padStart(9)}${r.rssMaxMb.toFixed(1).padStart(12)}${String(r.lost).padStart(6)}`,
      );
    }
    const checks = [
      { name: "p99 under 50 ms", pass: stored.p99 < 50 },
      { name: `p99 within 2x of the baseline's (${(stored.p99 / Math.max(baseline.p99, 0.01)).toFixed(2)}x)`, pass: stored.p99 <= 2 * baseline.p99 },
      { name: "no update lost", pass: stored.lost === 0 },
      { name: "RSS under 400 MB", pass: stored.rssMaxMb < 400 },
    ];
    console.log("");
    for (const check of checks) console.log(`${check.pass ? "PASS" : "FAIL"}  ${check.name}`);
    mkdirSync("bench/results", { recursive: true });
    const file = path.join("bench/results", `autosave-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify({ sessions: SESSIONS, ratePerSecond: RATE_PER_SECOND, seconds: SECONDS, baseline, stored, checks }, null, 2));
    console.log(`\nwrote ${file}`);
    if (checks.some((check) => !check.pass)) process.exitCode = 1;
  } finally {
    await database.drop();
  }
}

main().then(
  () => process.exit(),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
