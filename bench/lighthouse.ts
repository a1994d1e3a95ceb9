// Lighthouse (mobile form factor, simulated throttling) on the practice room, beside the question
// bank in the same run: the median of BENCH_RUNS (3) runs per page of the performance score, LCP,
// TBT, script transferred and unused, and whether the deprecated-API audit (an `unload` listener)
// passes. A user is signed up and sessions started through the app's own HTTP API.
//   npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:lighthouse
// BENCH_REPORTS=1 also keeps every run's full Lighthouse report (JSON) under bench/results/.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import { HttpVisitor } from "./lib/http-client";
import { runLighthouse, WIDE_SCREEN, type RunFigures } from "./lib/lighthouse-run";
import { startProductionServer } from "./lib/start-server";
import { createBenchDatabase } from "./lib/bench-database";
import * as Y from "yjs";
import { connectRealtime, request } from "../lib/realtime/client";
import { WHITEBOARD_MAP_NAME } from "../lib/sessions/document/shape";
import { freePort } from "../scripts/free-port.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const QUESTION = "url-shortener";
const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)("lighthouse/package.json") as { version: string }).version;

type Page = { name: string; path: string; wide?: boolean; target?: number };
type Numeric = Omit<RunFigures, "deprecations" | "deprecationsPass">;
type Median = Numeric & { deprecationsPassed: string; deprecations: string[] };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function summarise(runs: RunFigures[]): Median {
  const of = (key: keyof Numeric) => median(runs.map((run) => run[key]));
  return {
    score: of("score"),
    lcpMs: of("lcpMs"),
    tbtMs: of("tbtMs"),
    cls: of("cls"),
    scriptKiB: of("scriptKiB"),
    unusedScriptKiB: of("unusedScriptKiB"),
    benchmarkIndex: of("benchmarkIndex"),
    deprecationsPassed: `${runs.filter((run) => run.deprecationsPass).length}/${runs.length}`,
    deprecations: [...new Set(runs.flatMap((run) => run.deprecations))],
  };
}

/** One run; a run whose trace Lighthouse could not record (NO_NAVSTART and the like, on a busy machine) is tried again. */
async function measure(url: string, port: number, cookie: string, wide = false, attempts = 3): ReturnType<typeof runLighthouse> {
  try {
    return await runLighthouse(url, port, cookie, wide ? WIDE_SCREEN : undefined);
  } catch (error) {
    if (attempts <= 1 || !String(error).includes("Lighthouse:")) throw error;
    console.log(`  retrying: ${String(error).split("\n")[0]}`);
    return measure(url, port, cookie, wide, attempts - 1);
  }
}

function printTable(rows: { page: Page; median: Median }[]) {
  const header = ["page", "score", "LCP s", "TBT ms", "CLS", "script KiB", "unused KiB", "no unload", "machine"];
  const lines = rows.map(({ page, median: m }) =>
    [page.name, m.score, (m.lcpMs / 1000).toFixed(2), m.tbtMs, m.cls, m.scriptKiB, m.unusedScriptKiB, m.deprecationsPassed, m.benchmarkIndex].map(String),
  );
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

/** A board with a design on it, as a user leaves it: twelve labelled boxes in a grid, stored through the app's socket. */
async function drawOnBoard(url: string, cookie: string, sessionId: string): Promise<void> {
  const socket = connectRealtime(url, { transports: ["websocket"], extraHeaders: { cookie }, reconnection: false, forceNew: true });
  try {
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("connect_error", reject));
    const doc = new Y.Doc();
    const joined = await request(socket, "doc:join", { sessionId, stateVector: Y.encodeStateVector(doc) });
    if (!joined.ok) throw new Error(joined.error.message);
    const scene = doc.getMap(WHITEBOARD_MAP_NAME);
    doc.transact(() => {
      for (let i = 0; i < 12; i++) {
        const [x, y] = [(i % 4) * 220, Math.floor(i / 4) * 160];
        const id = `box-${i}`;
        scene.set(id, { id, type: "rectangle", x, y, width: 160, height: 90, version: 1, versionNonce: i + 1, seed: i + 1, boundElements: [{ type: "text", id: `label-${i}` }] });
        const label = `label-${i}`;
        scene.set(label, { id: label, type: "text", x: x + 20, y: y + 35, width: 120, height: 25, text: `Service ${i + 1}`, originalText: `Service ${i + 1}`, fontSize: 20, fontFamily: 5, containerId: id, version: 1, versionNonce: 100 + i, seed: 100 + i });
      }
    });
    const stored = await request(socket, "doc:update", { sessionId, update: Y.encodeStateAsUpdate(doc) });
    if (!stored.ok) throw new Error(stored.error.message);
  } finally {
    socket.disconnect();
  }
}

async function main() {
  const database = await createBenchDatabase("sdp_bench_lighthouse");
  const port = await freePort();
  const server = await startProductionServer(
    { DATABASE_URL: database.url, DATA_DIR: mkdtempSync(path.join(tmpdir(), "sdp-bench-data-")), NEXTAUTH_SECRET: randomBytes(24).toString("hex") },
    port,
  );
  let chrome: chromeLauncher.LaunchedChrome | null = null;
  try {
    const visitor = new HttpVisitor(server.url);
    await visitor.signUp(`lighthouse-${randomBytes(4).toString("hex")}@example.test`, "Lighthouse Bench");
    const clarify = await visitor.startSolo(QUESTION);
    const highLevel = await visitor.startSolo(QUESTION, 2); // clarify -> estimate -> high-level design
    const drawn = await visitor.startSolo(QUESTION, 2);
    await drawOnBoard(server.url, visitor.cookieHeader, drawn);
    const pages: Page[] = [
      { name: "/questions (baseline)", path: "/questions" },
      { name: "session, clarify (no board)", path: `/practice/${clarify}`, target: 90 },
      { name: "session, high-level (phone: notes pane)", path: `/practice/${highLevel}`, target: 80 },
      // An empty board waits for the user to point at it; one with a drawing loads its editor at once.
      { name: "session, high-level (1280 px: empty board shown)", path: `/practice/${highLevel}`, wide: true, target: 80 },
      { name: "session, high-level (1280 px: board with a drawing)", path: `/practice/${drawn}`, wide: true },
    ];
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const reports = process.env.BENCH_REPORTS ? `bench/results/lighthouse-${stamp}` : null;
    if (reports) mkdirSync(reports, { recursive: true });
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox"] });
    const rows: { page: Page; median: Median; runs: RunFigures[] }[] = [];
    for (const [index, page] of pages.entries()) {
      const runs: RunFigures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const { figures, report } = await measure(server.url + page.path, chrome.port, visitor.cookieHeader, page.wide);
        runs.push(figures);
        if (reports) writeFileSync(`${reports}/page-${index + 1}-run-${i + 1}.json`, JSON.stringify(report));
        console.log(`${page.name} run ${i + 1}/${RUNS}: score ${figures.score}`);
      }
      rows.push({ page, median: summarise(runs), runs });
    }
    console.log(`\nbench/lighthouse: Lighthouse ${LIGHTHOUSE_VERSION} mobile (simulated throttling) on ${CHROMIUM}, median of ${RUNS} runs per page`);
    console.log("(machine: Lighthouse's benchmark index of this computer; its 4x CPU slowdown assumes 1,000 or more, so a lower index inflates TBT on every page alike)\n");
    printTable(rows);
    const deprecated = [...new Set(rows.flatMap((row) => row.median.deprecations))];
    if (deprecated.length) console.log(`\ndeprecations reported: ${deprecated.join(" | ")}`);
    const verdicts = rows
      .filter((row) => row.page.target !== undefined)
      .map((row) => ({ page: row.page.name, score: row.median.score, target: row.page.target!, pass: row.median.score >= row.page.target! && row.median.deprecationsPassed.startsWith(`${RUNS}/`) }));
    console.log("");
    for (const v of verdicts) console.log(`${v.pass ? "PASS" : "FAIL"}  ${v.page}: score ${v.score} (target >= ${v.target}, and no deprecated API)`);
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/lighthouse-${stamp}.json`;
    writeFileSync(file, JSON.stringify({ runs: RUNS, chromium: CHROMIUM, pages: rows, verdicts }, null, 2));
    console.log(`\nwrote ${file}`);
    if (verdicts.some((v) => !v.pass)) process.exitCode = 1;
  } finally {
    chrome?.kill();
    await server.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
