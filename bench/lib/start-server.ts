import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

export type RunningServer = { url: string; child: ChildProcess; stop: () => Promise<void> };

/** Starts the production build (dist/server.mjs) with `env` and waits until it says it is ready. */
export async function startProductionServer(env: Record<string, string>, port: number): Promise<RunningServer> {
  if (!existsSync("dist/server.mjs")) throw new Error("No production build: run `npm run build` first.");
  const child = spawn(process.execPath, ["dist/server.mjs"], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const started = Date.now();
  while (!output.includes("[boot] ready on")) {
    if (child.exitCode !== null) throw new Error(`server exited during boot:\n${output}`);
    if (Date.now() - started > 180_000) throw new Error(`server not ready after 180 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
