import { expect, test } from "@playwright/test";
import { e2eDatabase } from "./e2e-database.mjs";
import { PASSWORD, newEmail } from "./helpers";
import { spawnServer, stop, tempDir, type SpawnedServer } from "./spawn-server";

const seconds = (text: string | null) => text!.replace("+", "").split(":").reduce((sum, part) => sum * 60 + Number(part), 0);

const backends = [{ name: "PGlite", database: false }, ...(process.env.DATABASE_URL || process.env.TEST_DATABASE_URL ? [{ name: "PostgreSQL", database: true }] : [])];

for (const backend of backends) {
  test(`a server killed with SIGKILL mid-session loses no acknowledged edit and keeps the clock (${backend.name})`, async ({ page }) => {
    test.setTimeout(180_000);
    const dataDir = tempDir("restart");
    const env: Record<string, string> = { DATA_DIR: dataDir, NEXTAUTH_SECRET: "restart-test-secret-0123456789abcdef" };
    const database = backend.database ? e2eDatabase("_restart") : undefined;
    if (database) {
      await database.create();
      env.DATABASE_URL = database.url;
    }
    let server: SpawnedServer | undefined = await spawnServer(env);
    const port = server.port;
    try {
      await page.goto(`${server.url}/signup`);
      await page.getByLabel("Name").fill("Crash Tester");
      await page.getByLabel("Email").fill(newEmail("crash"));
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
      const created = await page.request.post(`${server.url}/api/practice`, {
        data: { questionSlug: "web-crawler", plan: [{ key: "clarify", minutes: 5 }, { key: "deep_dive", minutes: 20 }] },
      });
      expect(created.status()).toBe(201);
      const { id } = await created.json();
      await page.goto(`${server.url}/practice/${id}`);
      const notes = page.getByRole("textbox", { name: "Notes: Clarify requirements" });
      await notes.click();
      await page.keyboard.type("Acknowledged before the crash.");
      await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
      const remainingBefore = seconds(await page.getByTestId("overall-remaining").textContent());
      const readAt = Date.now();

      await stop(server, "SIGKILL");
      server = undefined;
      await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "offline", { timeout: 30_000 });
      await notes.click();
      await page.keyboard.press("ControlOrMeta+End");
      await page.keyboard.type(" Typed while the server was down.");
      await expect(page.getByTestId("save-state")).toHaveText(/Offline, will sync/);

      server = await spawnServer(env, port);
      await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 60_000 });
      await page.reload();
      await expect(page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText(
        "Acknowledged before the crash. Typed while the server was down.",
      );
      const remainingAfter = seconds(await page.getByTestId("overall-remaining").textContent());
      const elapsed = (Date.now() - readAt) / 1000;
      expect(Math.abs(remainingBefore - elapsed - remainingAfter)).toBeLessThanOrEqual(4);

      // The server's own copy, not just this browser's IndexedDB, holds both edits.
      const fresh = await page.context().browser()!.newContext({ storageState: await page.context().storageState() });
      const other = await fresh.newPage();
      await other.goto(`${server.url}/practice/${id}`);
      await expect(other.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("Typed while the server was down.");
      await fresh.close();
    } finally {
      if (server) await stop(server);
      await database?.drop();
    }
  });
}
