import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { spawnServer, stop, tempDir } from "./spawn-server";

// The production build, started as `npm start` would start it, on an empty data directory
// with no DATABASE_URL: embedded PGlite is created, migrated and filled from content/.
test("the production build starts from an empty data directory and serves the bank", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = tempDir("fresh");
  const server = await spawnServer({ DATA_DIR: dataDir });
  try {
    expect(server.output()).toContain("embedded PGlite");
    expect(existsSync(path.join(dataDir, "nextauth-secret"))).toBe(true);
    expect(readdirSync(path.join(dataDir, "pglite")).length).toBeGreaterThan(0);
    await page.goto(`${server.url}/questions`);
    await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Design a URL shortener" })).toBeVisible();
  } finally {
    await stop(server);
  }
});
