import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The production build, started as `npm start` would start it, on an empty data directory
// with no DATABASE_URL: embedded PGlite is created, migrated and filled from content/.
test("the production build starts from an empty data directory and serves the bank", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "sdp-fresh-"));
  const port = 5100 + Math.floor(Math.random() * 800);
  const dropped = new Set(["NODE_ENV", "DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL"]);
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped.has(key))) as unknown as NodeJS.ProcessEnv;
  Object.assign(env, { PORT: String(port), DATA_DIR: dataDir });
  const server = spawn(process.execPath, ["dist/server.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    await expect.poll(() => output, { timeout: 90_000, message: "server never became ready" }).toContain("[boot] ready on");
    expect(output).toContain("embedded PGlite");
    expect(existsSync(path.join(dataDir, "nextauth-secret"))).toBe(true);
    expect(readdirSync(path.join(dataDir, "pglite")).length).toBeGreaterThan(0);

    await page.goto(`http://localhost:${port}/questions`);
    await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Design a URL shortener" })).toBeVisible();
  } finally {
    server.kill("SIGTERM");
  }
});
