// History and readiness for a heavy user: 1,000 finished, graded sessions. Server response
// p99 of /history and /readiness at 10 concurrent connections, beside /api/health in the same run.
//   npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:history
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { connectPostgres } from "../db/client";
import { grades, practiceSessions, questions, sessionParticipants, sessionPhaseAdvances, users } from "../db/schema";
import { scoreLevels } from "../lib/grading/score";
import { getRubric } from "../lib/grading/queries";
import { DEFAULT_PLAN } from "../lib/sessions/plan";
import { load, printTable, type LoadResult } from "./lib/load";
import { startProductionServer } from "./lib/start-server";
import { createBenchDatabase } from "./lib/bench-database";
import { freePort } from "../scripts/free-port.mjs";

const SESSIONS = 1000;
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const SECRET = "history-bench-secret-0123456789abcdef";
const MIN = 60_000;

export async function seed(databaseUrl: string): Promise<string> {
  const handle = connectPostgres(databaseUrl, 4);
  const db = handle.db;
  const [user] = await db.insert(users).values({ email: `heavy-${randomBytes(4).toString("hex")}@example.test`, name: "Heavy User" }).returning({ id: users.id });
  const questionIds = (await db.select({ id: questions.id }).from(questions)).map((row) => row.id);
  const rubric = (await getRubric(db))!;
  const now = Date.now();
  for (let batch = 0; batch < SESSIONS / 100; batch++) {
    const sessions = Array.from({ length: 100 }, (_, i) => {
      const n = batch * 100 + i;
      const startedAt = new Date(now - (SESSIONS - n) * 4 * 60 * MIN);
      return { questionId: questionIds[n % questionIds.length]!, plan: DEFAULT_PLAN, status: "finished" as const, startedAt, finishedAt: new Date(startedAt.getTime() + 47 * MIN), createdBy: user!.id };
    });
    const inserted = await db.insert(practiceSessions).values(sessions).returning({ id: practiceSessions.id, startedAt: practiceSessions.startedAt });
    await db.insert(sessionParticipants).values(inserted.map((s) => ({ sessionId: s.id, userId: user!.id, role: "candidate" as const })));
    await db.insert(sessionPhaseAdvances).values(
      inserted.flatMap((s) => [6, 11, 22, 43].map((minute, index) => ({ sessionId: s.id, phaseIndex: index + 1, at: new Date(s.startedAt.getTime() + minute * MIN) }))),
    );
    await db.insert(grades).values(
      inserted.map((s, i) => {
        const levels = Object.fromEntries(rubric.dimensions.map((d, k) => [d.key, 1 + ((i + k + batch) % 4)]));
        const { overallScore, signal } = scoreLevels(rubric, levels);
        return { sessionId: s.id, graderId: user!.id, kind: "self" as const, rubricVersion: rubric.version, body: { levels, notes: {}, keyPoints: {}, reflection: "" }, overallScore, signal };
      }),
    );
  }
  await db.execute(sql`analyze`);
  await handle.close();
  return `next-auth.session-token=${await encode({ token: { sub: user!.id, name: "Heavy User" }, secret: SECRET })}`;
}

async function main() {
  const database = await createBenchDatabase("sdp_bench_history");
  const port = await freePort();
  const server = await startProductionServer(
    { DATABASE_URL: database.url, DATA_DIR: mkdtempSync(path.join(tmpdir(), "sdp-bench-data-")), NEXTAUTH_SECRET: SECRET },
    port,
  );
  try {
    const cookie = await seed(database.url);
    const headers = { cookie };
    const paths = ["/api/health", "/history", "/history?sort=best&page=7", "/readiness"];
    for (const p of paths) await load(server.url, p, CONNECTIONS, 3, { headers }); // warm-up
    const results: LoadResult[] = [];
    for (const p of paths) results.push(await load(server.url, p, CONNECTIONS, SECONDS, { headers }));
    // Every request a first view (the per-user page cache misses): the cost of rendering.
    for (const p of paths.slice(1)) results.push(await load(server.url, p, CONNECTIONS, SECONDS, { headers, bustCache: true }));
    console.log(`\nbench/history: one user with ${SESSIONS} finished, graded sessions on PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s per route\n`);
    printTable(results);
    const verdicts = results.slice(1, paths.length).map((r) => ({ path: r.path, p99: r.p99, pass: r.p99 < 150 && r.errors + r.non2xx === 0 }));
    console.log("");
    for (const v of verdicts) console.log(`${v.pass ? "PASS" : "FAIL"}  ${v.path}: p99 ${v.p99} ms (target < 150 ms)`);
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/history-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(file, JSON.stringify({ sessions: SESSIONS, connections: CONNECTIONS, seconds: SECONDS, results, verdicts }, null, 2));
    console.log(`\nwrote ${file}`);
    console.log("(uncached rows: every request misses the per-user page cache; targets apply to the routes as served)");
    if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
  } finally {
    await server.stop();
    await database.drop();
  }
}

if (process.argv[1]?.endsWith("history.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
