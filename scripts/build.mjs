// Production build: the Next.js app (.next/) and the custom server compiled to dist/server.mjs.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { build } from "esbuild";

// Excalidraw's fonts are served by the app itself (public/excalidraw-assets/), never from a CDN.
const assets = spawnSync(process.execPath, ["scripts/copy-excalidraw-assets.mjs"], { stdio: "inherit" });
if (assets.status !== 0) process.exit(assets.status ?? 1);

const nextBuild = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
if (nextBuild.status !== 0) process.exit(nextBuild.status ?? 1);

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
writeFileSync("dist/BUILD_STAMP", new Date().toISOString() + "\n");
console.log("[build] compiled server -> dist/server.mjs");
