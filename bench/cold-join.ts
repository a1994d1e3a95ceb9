// Cold joins as the update log grows: sessions whose shared document's log holds 1,000, 10,000 and
// 50,000 updates (typing and whiteboard drags, bench/lib/document-workload.ts), each joined the way
// `doc:join` does it on a server with nothing in memory (the in-memory copy dropped, then
// syncDocument with an empty state vector), from a checkpoint plus a tail of log rows after it,
// and beside that, in the same run, from the whole log (the checkpoint removed).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:cold-join
// Knobs: BENCH_SIZES (1000,10000,50000), BENCH_REPS (20), BENCH_TAIL (100 rows after the checkpoint).
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import pg from "pg";
import * as Y from "yjs";
import { connectPostgres, type Db } from "../db/client";
import { practiceSessions, sessionCheckpoints, users } from "../db/schema";
import { loadQuestions } from "../lib/content/load-questions";
import { readNotes } from "../lib/history/load-session-document";
import { importQuestionBank } from "../lib/questions/import-question-bank";
import { readCheckpoint, writeCheckpoint } from "../lib/sessions/document/checkpoint";
import { forgetServerDoc } from "../lib/sessions/document/server-docs";
import { syncDocument } from "../lib/sessions/document/sync-document";
import { DEFAULT_PLAN } from "../lib/sessions/plan";
import { startSession } from "../lib/sessions/start-session";
import { getWhiteboardMap, readElements } from "../lib/whiteboard/scene-sync";
import { generateSessionUpdates } from "./lib/document-workload";
import { createBenchDatabase } from "./lib/bench-database";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 20);
const TAIL = Number(process.env.BENCH_TAIL ?? 100);
const WARMUP = 3;
const TARGET_MS = 50;
const INSERT_BATCH = 5_000;

type Stats = { p50: number; p95: number; max: number };
type SizeResult = { updates: number; logKb: number; checkpointKb: number; firstCheckpointMs: number; tailCheckpointMs: number; withCheckpoint: Stats; fullLog: Stats; correct: boolean };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const stats = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: +percentile(sorted, 50).toFixed(2), p95: +percentile(sorted, 95).toFixed(2), max: +sorted.at(-1)!.toFixed(2) };
};
const visible = (doc: Y.Doc) => JSON.stringify({ notes: readNotes(doc), board: readElements(getWhiteboardMap(doc)) });

/** Appends rows to the log in bulk (one statement per few thousand rows), spread over the session's 45 minutes. */
async function insertRows(client: pg.Client, sessionId: string, userId: string, updates: Uint8Array[], from: number, total: number, startedAt: number) {
  for (let offset = 0; offset < updates.length; offset += INSERT_BATCH) {
    const batch = updates.slice(offset, offset + INSERT_BATCH);
    const times = batch.map((_, i) => new Date(startedAt + ((from + offset + i) / total) * 45 * 60_000));
    await client.query(
      `insert into session_updates (session_id, user_id, byte_size, data, channel, created_at)
       select $1::uuid, $2::uuid, length(d), d, 'shared', t from unnest($3::bytea[], $4::timestamptz[]) with ordinality as u(d, t, n) order by n`,
      [sessionId, userId, batch.map((update) => Buffer.from(update)), times],
    );
  }
  const bytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
  await client.query(`update practice_sessions set doc_bytes = doc_bytes + $2, update_count = update_count + $3 where id = $1`, [sessionId, bytes, updates.length]);
}

/** Cold joins of one session: each drops the in-memory copy, then syncs from an empty state vector. */
async function coldJoins(db: Db, sessionId: string, expected: string): Promise<{ stats: Stats; correct: boolean }> {
  const samples: number[] = [];
  let correct = true;
  for (let rep = 0; rep < WARMUP + REPS; rep++) {
    forgetServerDoc(sessionId);
    const started = performance.now();
    const { update } = await syncDocument(db, sessionId, Y.encodeStateVector(new Y.Doc()));
    const elapsed = performance.now() - started;
    if (rep >= WARMUP) samples.push(elapsed);
    if (rep === 0) {
      const joined = new Y.Doc();
      Y.applyUpdate(joined, update);
      correct = visible(joined) === expected;
    }
  }
  forgetServerDoc(sessionId);
  return { stats: stats(samples), correct };
}

async function measureSize(db: Db, client: pg.Client, userId: string, size: number): Promise<SizeResult> {
  const { id } = await startSession(db, userId, { questionSlug: "url-shortener", plan: DEFAULT_PLAN, saveAsDefault: false });
  const startedAt = Date.now() - 50 * 60_000;
  await db.update(practiceSessions).set({ startedAt: new Date(startedAt) }).where(eq(practiceSessions.id, id));
  const { updates, doc } = generateSessionUpdates(size, size);
  const expected = visible(doc);
  const tail = Math.min(TAIL, size - 1);
  await insertRows(client, id, userId, updates.slice(0, size - tail), 0, size, startedAt);
  let started = performance.now();
  await writeCheckpoint(db, id, "shared"); // the first one, from the whole log
  const firstCheckpointMs = performance.now() - started;
  await insertRows(client, id, userId, updates.slice(size - tail), size - tail, size, startedAt);
  await client.query("analyze session_updates");
  const checkpoint = (await readCheckpoint(db, id, "shared"))!;

  const withCheckpoint = await coldJoins(db, id, expected);
  await db.delete(sessionCheckpoints).where(eq(sessionCheckpoints.sessionId, id));
  const fullLog = await coldJoins(db, id, expected);
  await db.insert(sessionCheckpoints).values({ sessionId: id, channel: "shared", seq: checkpoint.seq, state: checkpoint.state, byteSize: checkpoint.byteSize });
  started = performance.now();
  await writeCheckpoint(db, id, "shared"); // a later one: the checkpoint plus the tail
  const tailCheckpointMs = performance.now() - started;

  const logKb = updates.reduce((sum, update) => sum + update.byteLength, 0) / 1024;
  return {
    updates: size,
    logKb: +logKb.toFixed(1),
    checkpointKb: +(checkpoint.byteSize / 1024).toFixed(1),
    firstCheckpointMs: +firstCheckpointMs.toFixed(1),
    tailCheckpointMs: +tailCheckpointMs.toFixed(1),
    withCheckpoint: withCheckpoint.stats,
    fullLog: fullLog.stats,
    correct: withCheckpoint.correct && fullLog.correct,
  };
}

async function main() {
  const database = await createBenchDatabase("sdp_bench_cold");
  const handle = connectPostgres(database.url, 4);
  const client = new pg.Client({ connectionString: database.url });
  try {
    await handle.migrate();
    await client.connect();
    await importQuestionBank(handle.db, await loadQuestions());
    const [user] = await handle.db.insert(users).values({ email: `bench-${randomBytes(3).toString("hex")}@example.test`, name: "Bench" }).returning({ id: users.id });
    console.log(`bench/cold-join: logs of ${SIZES.join(", ")} updates, ${TAIL} rows after the checkpoint, ${REPS} cold joins each (after ${WARMUP} warm-up)`);
    const results: SizeResult[] = [];
    for (const size of SIZES) results.push(await measureSize(handle.db, client, user!.id, size));

    console.log("\n updates   log KB  ckpt KB | checkpoint p50   p95 ms | full log p50    p95 ms | ckpt write: first  later ms");
    for (const r of results) {
      console.log(
        `${String(r.updates).padStart(8)}${r.logKb.toFixed(0).padStart(9)}${r.checkpointKb.toFixed(0).padStart(9)} |${r.withCheckpoint.p50.toFixed(2).padStart(15)}${r.withCheckpoint.p95.toFixed(2).padStart(9)} |${r.fullLog.p50.toFixed(2).padStart(13)}${r.fullLog.p95.toFixed(2).padStart(10)} |${r.firstCheckpointMs.toFixed(0).padStart(18)}${r.tailCheckpointMs.toFixed(0).padStart(7)}`,
      );
    }
    const first = results[0]!;
    const last = results.at(-1)!;
    const growth = (key: "withCheckpoint" | "fullLog") => last[key].p50 - first[key].p50;
    const checks = [
      { name: `a cold join with a checkpoint under ${TARGET_MS} ms (p95) at every size`, pass: results.every((r) => r.withCheckpoint.p95 < TARGET_MS) },
      {
        name: `flat: from ${first.updates} to ${last.updates} updates, p50 grows ${growth("withCheckpoint").toFixed(1)} ms with checkpoints against ${growth("fullLog").toFixed(1)} ms from the full log (under a tenth)`,
        pass: growth("withCheckpoint") < growth("fullLog") / 10,
      },
      { name: "every join shows exactly the document that was written", pass: results.every((r) => r.correct) },
    ];
    console.log("");
    for (const check of checks) console.log(`${check.pass ? "PASS" : "FAIL"}  ${check.name}`);
    mkdirSync("bench/results", { recursive: true });
    const file = path.join("bench/results", `cold-join-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify({ sizes: SIZES, reps: REPS, tail: TAIL, targetMs: TARGET_MS, results, checks }, null, 2));
    console.log(`\nwrote ${file}`);
    if (checks.some((check) => !check.pass)) process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await handle.close();
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
