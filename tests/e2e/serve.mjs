// Starts the production build for the browser tests, on a database of its own.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { e2eDatabase } from "./e2e-database.mjs";

const database = e2eDatabase();
if (database) {
  await database.create();
  process.env.DATABASE_URL = database.url;
}
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "sdp-e2e-data-"));
process.env.NEXTAUTH_SECRET ??= "e2e-secret-that-is-long-enough-for-hs256";
process.env.REDIS_KEY_PREFIX = `sdp-e2e-${process.env.E2E_RUN_ID}:`;
// Every browser test signs up and in from 127.0.0.1; the per-account limit still applies.
process.env.SIGNIN_ATTEMPTS_PER_IP = "100000";
process.env.SIGNUPS_PER_IP = "100000";
delete process.env.NEXTAUTH_URL;
// Playwright runs no teardown when the web server fails to start, and the server exits on a
// failed boot: drop this run's database on the way out in that case.
const exit = process.exit.bind(process);
process.exit = (code) => {
  if (!code || !database) return exit(code);
  database.drop().finally(() => exit(code));
};
await import(pathToFileURL(path.resolve("dist/server.mjs")).href);
