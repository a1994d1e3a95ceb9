// `npm start`: build when there is no build or the sources are newer than it, then serve.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const SOURCES = ["app", "components", "lib", "db", "server.ts", "next.config.mjs", "package.json", "postcss.config.mjs"];
const STAMP = "dist/BUILD_STAMP";

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const built = existsSync(STAMP) && existsSync(".next/BUILD_ID") && existsSync("dist/server.mjs");
const stale = built && Math.max(...SOURCES.map(newestMtime)) > statSync(STAMP).mtimeMs;
if (!built || stale) {
  console.log(built ? "[start] sources changed since the last build: rebuilding" : "[start] no build yet: building (about a minute)");
  const result = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(pathToFileURL(path.resolve("dist/server.mjs")).href);
