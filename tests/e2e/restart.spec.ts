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

test("a peer room survives a SIGKILL: both people come back to the same round, clock, role and documents", async ({ browser }) => {
  test.setTimeout(180_000);
  const env: Record<string, string> = { DATA_DIR: tempDir("restart-peer"), NEXTAUTH_SECRET: "restart-test-secret-0123456789abcdef" };
  let server: SpawnedServer | undefined = await spawnServer(env);
  const port = server.port;
  const people = await Promise.all(["Ivy Interviewer", "Cam Candidate"].map(async (name) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server!.url}/signup`);
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Email").fill(newEmail("peer-crash"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    return { context, page };
  }));
  const [ivy, cam] = people as [(typeof people)[number], (typeof people)[number]];
  try {
    const created = await ivy.page.request.post(`${server.url}/api/rooms`, {
      data: { questionSlug: "web-crawler", role: "interviewer", plan: [{ key: "clarify", minutes: 5 }, { key: "deep_dive", minutes: 20 }] },
    });
    const { id } = await created.json();
    const snapshot = await (await ivy.page.request.get(`${server.url}/api/practice/${id}`)).json();
    expect((await cam.page.request.post(`${server.url}/api/rooms/join`, { data: { token: snapshot.room.invitePath.split("/").pop() } })).status()).toBe(201);
    expect((await ivy.page.request.post(`${server.url}/api/practice/${id}/start`)).status()).toBe(200);
    await Promise.all([ivy.page.goto(`${server.url}/practice/${id}`), cam.page.goto(`${server.url}/practice/${id}`)]);
    await cam.page.getByRole("textbox", { name: "Notes: Clarify requirements" }).click();
    await cam.page.keyboard.type("Candidate, before the crash.");
    const panel = ivy.page.getByTestId("interviewer-panel");
    await panel.getByRole("tab", { name: "Private notes" }).click();
    await panel.getByRole("textbox", { name: "Private note", exact: true }).fill("Private, before the crash.");
    await panel.getByRole("button", { name: "Add note" }).click();
    for (const { page } of people) await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
    const remainingBefore = seconds(await cam.page.getByTestId("overall-remaining").textContent());
    const readAt = Date.now();

    await stop(server, "SIGKILL");
    server = undefined;
    for (const { page } of people) await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "offline", { timeout: 30_000 });
    await cam.page.getByRole("textbox", { name: "Notes: Clarify requirements" }).click();
    await cam.page.keyboard.press("ControlOrMeta+End");
    await cam.page.keyboard.type(" And while it was down.");
    await panel.getByRole("textbox", { name: "Private note", exact: true }).fill("Private, while it was down.");
    await panel.getByRole("button", { name: "Add note" }).click();

    server = await spawnServer(env, port);
    for (const { page } of people) await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 60_000 });
    await Promise.all(people.map(({ page }) => page.reload()));
    for (const { page } of people) {
      await expect(page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("Candidate, before the crash. And while it was down.");
    }
    await expect(cam.page.getByText("You are the candidate")).toBeVisible();
    await expect(cam.page.getByTestId("interviewer-panel")).toHaveCount(0);
    await ivy.page.getByTestId("interviewer-panel").getByRole("tab", { name: "Private notes" }).click();
    const notes = ivy.page.getByRole("list", { name: "Private notes" });
    await expect(notes).toContainText("Private, before the crash.");
    await expect(notes).toContainText("Private, while it was down.");
    const remainingAfter = seconds(await cam.page.getByTestId("overall-remaining").textContent());
    expect(Math.abs(remainingBefore - (Date.now() - readAt) / 1000 - remainingAfter)).toBeLessThanOrEqual(4);
  } finally {
    for (const { context } of people) await context.close();
    if (server) await stop(server);
  }
});
