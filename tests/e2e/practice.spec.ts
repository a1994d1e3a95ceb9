import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const saved = (page: Page) => expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });

async function typeNotes(page: Page, phase: string, text: string) {
  const editor = page.getByRole("textbox", { name: `Notes: ${phase}` });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

async function startSession(page: Page, slug = "url-shortener") {
  await page.goto(`/questions/${slug}`);
  await page.getByRole("link", { name: "Start practice" }).click();
  await expect(page.getByRole("heading", { name: "New practice session" })).toBeVisible();
  await page.getByRole("button", { name: "Start the clock" }).click();
  await expect(page).toHaveURL(/\/practice\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("practice-room")).toBeVisible();
  await saved(page);
}

test("a whole 45-minute session in seconds: notes in every phase, a drawing, an estimate, finish", async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.install();
  await signUp(page);
  await startSession(page);
  await expect(page.getByTestId("phase-remaining")).toHaveText(/^0[45]:\d\d$/);
  await expect(page.getByTestId("overall-remaining")).toHaveText(/^4[45]:\d\d$/);

  // Clarify: notes, then the phase's time runs out and the signal shows.
  await typeNotes(page, "Clarify requirements", "Shorten links, redirect fast, custom aliases.");
  await saved(page);
  await page.clock.fastForward("05:30");
  await expect(page.getByRole("alert").filter({ hasText: "Time is up for clarify requirements" })).toBeVisible();
  await expect(page.getByTestId("phase-remaining")).toHaveText(/^\+00:[23]\d$/);
  await page.getByRole("button", { name: "Next phase: Capacity estimation" }).click();
  await expect(page.getByTestId("phase-remaining")).toHaveText(/^0[45]:\d\d$/);

  // Estimate: the calculator's result goes into the notes.
  const calculator = page.getByTestId("estimation-calculator");
  await calculator.getByLabel(/Daily active users/).fill("100000000");
  await calculator.getByRole("button", { name: "Insert into notes" }).click();
  await expect(page.getByRole("textbox", { name: "Notes: Capacity estimation" })).toContainText("Capacity estimate");
  await saved(page);
  await page.clock.fastForward("04:00");
  await page.getByRole("button", { name: "Next phase: High-level design" }).click();

  // High-level design: notes and a rectangle on the whiteboard.
  await typeNotes(page, "High-level design", "API servers, key service, database, cache.");
  const board = page.getByTestId("whiteboard");
  await board.hover(); // an empty board loads its editor when pointed at
  await expect(board.locator("canvas").first()).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press("Escape");
  await board.getByTitle(/Rectangle/).first().click();
  const box = (await board.locator("canvas.interactive").boundingBox())!;
  await page.mouse.move(box.x + 120, box.y + 120);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 220, { steps: 8 });
  await page.mouse.up();
  await saved(page);
  const download = page.waitForEvent("download");
  await board.getByRole("button", { name: "Export PNG" }).click();
  expect((await download).suggestedFilename()).toBe("whiteboard.png");
  await page.clock.fastForward("10:00");
  await page.getByRole("button", { name: "Next phase: Deep dive" }).click();

  // Deep dive: a reload mid-phase shows the same clock and everything written so far. (Right after
  // "Next phase" this page's clock is back in step with the server's, which a reload returns to.)
  await typeNotes(page, "Deep dive", "Key generation: ranges from a counter, scrambled.");
  await saved(page);
  const seconds = (text: string | null) => text!.split(":").reduce((sum, part) => sum * 60 + Number(part), 0);
  const before = seconds(await page.getByTestId("overall-remaining").textContent());
  await page.reload();
  await saved(page);
  const after = seconds(await page.getByTestId("overall-remaining").textContent());
  expect(Math.abs(before - after)).toBeLessThanOrEqual(5);
  await expect(page.getByRole("textbox", { name: "Notes: Deep dive" })).toContainText("Key generation");
  await page.getByRole("button", { name: /^1\. Clarify requirements/ }).click();
  await expect(page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("custom aliases");
  await page.getByRole("button", { name: /^4\. Deep dive/ }).click();
  await page.clock.fastForward("20:00");
  await page.getByRole("button", { name: "Next phase: Trade-offs" }).click();

  // Trade-offs, then finish: the session turns read-only.
  await typeNotes(page, "Trade-offs", "302 redirects keep analytics; costs more traffic.");
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(page).toHaveURL(/\/grade$/);
  // Grading shows the board drawn in the session beside the high-level design's key points.
  const hld = page.getByTestId("coverage-high_level");
  await expect(hld.getByRole("region", { name: "Your whiteboard" }).getByTestId("whiteboard")).toHaveAttribute("data-elements", "1", { timeout: 30_000 });
  await expect(page.getByTestId("coverage-deep_dive").getByRole("button", { name: "Show your whiteboard" })).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId("finished-banner")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Notes: Trade-offs" })).toContainText("302 redirects");
  await expect(page.getByRole("textbox", { name: "Notes: Trade-offs" })).toHaveAttribute("contenteditable", "false");

  await page.goto("/practice");
  await expect(page.getByRole("region", { name: "Recently finished" }).getByRole("link", { name: "Design a URL shortener" })).toBeVisible();
});

test("going offline keeps edits and syncs them on reconnect; a second tab sees them", async ({ page, context }) => {
  await signUp(page);
  await startSession(page, "rate-limiter");
  await context.setOffline(true);
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "offline", { timeout: 30_000 });
  await typeNotes(page, "Clarify requirements", "Written while offline.");
  await expect(page.getByTestId("save-state")).toHaveText(/Offline, will sync/);
  await context.setOffline(false);
  await saved(page);

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("Written while offline.");
  await typeNotes(second, "Clarify requirements", " And from tab two.");
  await expect(page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("from tab two");
});

test("a session belongs to its owner; unfinished sessions can be resumed or abandoned", async ({ page, browser }) => {
  await signUp(page);
  await startSession(page);
  const url = page.url();

  const other = await browser.newContext();
  const stranger = await other.newPage();
  await signUp(stranger);
  const response = await stranger.goto(url);
  expect(response?.status()).toBe(404);
  const api = await stranger.request.get(`/api/practice/${url.split("/").pop()}`);
  expect(api.status()).toBe(404);
  await other.close();

  await page.goto("/practice");
  await page.getByRole("link", { name: "Resume Design a URL shortener" }).click();
  await expect(page).toHaveURL(url);
  await page.goto("/practice");
  await page.getByRole("button", { name: "Abandon Design a URL shortener" }).click();
  await page.getByRole("button", { name: "Yes, abandon" }).click();
  await expect(page.getByText("Nothing in progress.")).toBeVisible();
});

test("the board loads its editor only when the user goes to use it; until then a drawn board shows a picture of the drawing", async ({ page }) => {
  await signUp(page);
  const { id } = await (await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan: [{ key: "high_level", minutes: 10 }] } })).json();
  // Excalidraw's own code (it links its shared libraries site); our small board module is not counted.
  const editorScripts: string[] = [];
  page.on("response", async (response) => {
    if (response.url().endsWith(".js") && (await response.text().catch(() => "")).includes("libraries.excalidraw.com")) editorScripts.push(response.url());
  });
  await page.goto(`/practice/${id}`);
  await saved(page);
  const board = page.getByTestId("whiteboard");
  await expect(board).toHaveAttribute("data-state", "waiting");
  await expect(board.getByText("It opens as you point at it or tap it.")).toBeVisible();
  expect(editorScripts).toEqual([]);

  // By keyboard: the button opens the board and puts the focus in it.
  await page.getByRole("button", { name: "Start drawing" }).focus();
  await page.keyboard.press("Enter");
  await expect(board.locator("canvas.interactive")).toBeVisible({ timeout: 30_000 });
  await expect(board.locator(".excalidraw")).toBeFocused();
  await expect.poll(() => editorScripts.length).toBeGreaterThan(0);
  await page.keyboard.press("r");
  const box = (await board.locator("canvas.interactive").boundingBox())!;
  await page.mouse.move(box.x + 80, box.y + 120);
  await page.mouse.down();
  await page.mouse.move(box.x + 220, box.y + 200, { steps: 6 });
  await page.mouse.up();
  await expect(board).toHaveAttribute("data-elements", "1");
  await saved(page);

  // Something on it: after a reload the board shows a picture of the drawing, still without the
  // editor, which opens when the user points at the board.
  editorScripts.length = 0;
  await page.reload();
  const preview = page.getByTestId("whiteboard");
  await expect(preview).toHaveAttribute("data-state", "preview");
  await expect(preview).toHaveAttribute("data-elements", "1");
  await expect(preview.getByRole("img", { name: /The whiteboard: 1 element/ }).locator("path").first()).toBeVisible();
  expect(editorScripts).toEqual([]);
  await preview.hover();
  await expect(page.getByTestId("whiteboard").locator("canvas.interactive")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("whiteboard")).toHaveAttribute("data-elements", "1");
});
