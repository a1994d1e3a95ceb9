import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { freePort } from "../../scripts/free-port.mjs";

export type SpawnedServer = { child: ChildProcess; output: () => string; port: number; url: string; env: Record<string, string> };

/** Runs the production build (dist/server.mjs) as `npm start` would, with a clean environment. */
export async function spawnServer(env: Record<string, string>, chosenPort?: number): Promise<SpawnedServer> {
  const port = chosenPort ?? (await freePort());
  const dropped = new Set(["NODE_ENV", "DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "DATA_DIR"]);
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped.has(key))) as unknown as NodeJS.ProcessEnv;
  const isolation = { REDIS_KEY_PREFIX: `sdp-e2e-spawned-${port}-${Date.now()}:`, SIGNIN_ATTEMPTS_PER_IP: "100000", SIGNUPS_PER_IP: "100000" };
  const child = spawn(process.execPath, ["dist/server.mjs"], { env: { ...base, ...isolation, ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await expect.poll(() => output, { timeout: 90_000, message: "server never became ready" }).toContain("[boot] ready on");
  return { child, output: () => output, port, url: `http://localhost:${port}`, env };
}

export const tempDir = (label: string) => mkdtempSync(path.join(tmpdir(), `sdp-${label}-`));

export function stop(server: SpawnedServer, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill(signal);
  });
}
