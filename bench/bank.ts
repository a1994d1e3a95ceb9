// Question bank under load: 1,000 generated questions in PostgreSQL, the /questions page and
// /api/questions?q=... beside /api/health of the same server, measured in the same run.
//   npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:bank
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { topicTagValues } from "../lib/questions/taxonomy";
import { load, printTable, type LoadResult } from "./lib/load";
import { startProductionServer } from "./lib/start-server";
import { createBenchDatabase } from "./lib/bench-database";
import { freePort } from "../scripts/free-port.mjs";

const QUESTIONS = 1000;
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WORDS = ["cache", "feed", "stream", "ledger", "geo", "search", "queue", "upload", "chat", "index"];

/** The real content plus QUESTIONS generated question files, made by varying the real ones. */
function generateContent(): string {
  const real = path.resolve("content/questions");
  const sources = readdirSync(real).filter((f) => f.endsWith(".md")).map((f) => readFileSync(path.join(real, f), "utf8"));
  const dir = mkdtempSync(path.join(tmpdir(), "sdp-bench-content-"));
  cpSync(path.resolve("content"), dir, { recursive: true });
  for (let i = 0; i < QUESTIONS; i++) {
    const tags = [topicTagValues[i % topicTagValues.length], topicTagValues[(i * 7 + 3) % topicTagValues.length]];
    const text = sources[i % sources.length]!
      .replace(/^title: .*$/m, `title: Design system ${i} for ${WORDS[i % WORDS.length]} workloads`)
      .replace(/^difficulty: .*$/m, `difficulty: ${["easy", "medium", "hard"][i % 3]}`)
      .replace(/^tags: .*$/m, `tags: [${[...new Set(tags)].join(", ")}]`)
      .replace(/^related: .*$/m, "related: []");
    writeFileSync(path.join(dir, "questions", `bench-${String(i).padStart(4, "0")}.md`), text);
  }
  return dir;
}

async function main() {
  const database = await createBenchDatabase("sdp_bench");

  const contentDir = generateContent();
  const port = await freePort();
  const bootStart = Date.now();
  const server = await startProductionServer(
    { DATABASE_URL: database.url, CONTENT_DIR: contentDir, DATA_DIR: mkdtempSync(path.join(tmpdir(), "sdp-bench-data-")), NEXTAUTH_SECRET: "bench-secret-long-enough-0123456789" },
    port,
  );
  const bootSeconds = (Date.now() - bootStart) / 1000;
  try {
    const paths = ["/api/health", "/questions", "/questions?q=cache&difficulty=medium", "/api/questions?q=cache", "/api/questions?q=stream%20queue&page=2"];
    for (const p of paths) await load(server.url, p, CONNECTIONS, 3); // warm-up: JIT, caches, pool
    const results: LoadResult[] = [];
    for (const p of paths) results.push(await load(server.url, p, CONNECTIONS, SECONDS));
    // The same routes when every request misses the shared page cache: the cost of rendering.
    for (const p of paths.slice(1)) results.push(await load(server.url, p, CONNECTIONS, SECONDS, { bustCache: true }));

    console.log(`\nbench/bank: ${QUESTIONS} generated + the real questions on PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s per route (boot + import ${bootSeconds.toFixed(1)} s)\n`);
    printTable(results);
    const health = results[0]!;
    const page = results[1]!;
    const verdicts = results.slice(1, paths.length).map((r) => ({
      path: r.path,
      shareOfHealth: +(r.requestsPerSecond / health.requestsPerSecond).toFixed(3),
      p99: r.p99,
      pass: r.requestsPerSecond >= 0.25 * health.requestsPerSecond && r.p99 < 100 && r.errors + r.non2xx === 0,
    }));
    console.log("");
    for (const v of verdicts) {
      console.log(`${v.pass ? "PASS" : "FAIL"}  ${v.path}: ${(v.shareOfHealth * 100).toFixed(1)}% of health throughput (target >= 25%), p99 ${v.p99} ms (target < 100 ms)`);
    }
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/bank-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(file, JSON.stringify({ questions: QUESTIONS, connections: CONNECTIONS, seconds: SECONDS, bootSeconds, results, verdicts }, null, 2));
    console.log(`\nwrote ${file}`);
    console.log("\n(uncached rows show rendering cost when every request is a first view of its URL; targets apply to the routes as served)");
    if (!verdicts.find((v) => v.path === page.path)?.pass) process.exitCode = 1;
  } finally {
    await server.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
