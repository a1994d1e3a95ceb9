import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("finish a session, grade it, see it in history, replay it to an earlier moment, and see readiness move", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  const core = page.getByRole("progressbar", { name: "Finished sessions on Design a URL shortener (warm-up)" });

  await page.goto("/readiness");
  await expect(page.getByText("No evidence yet")).toBeVisible();
  // The checklists are tabs, the first unfinished one open.
  await expect(page.getByRole("tab", { name: /Core system design concepts/ })).toHaveAttribute("aria-selected", "true");

  // A checklist tick is stored with its date and survives a reload.
  await page.getByRole("checkbox", { name: /Scalability, availability, latency and throughput/ }).check();
  await expect(page.getByText(/Ticked on \d+ \w+ \d{4}/).first()).toBeVisible();
  await expect(page.getByRole("tab", { name: /Core system design concepts/ })).toContainText(/^Core system design concepts1 of \d+ done$/);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /Scalability, availability, latency and throughput/ })).toBeChecked();
  await page.getByRole("tab", { name: /Core practice problems/ }).click();
  await expect(core).toHaveAttribute("aria-valuenow", "0");

  // Practise: two edits a moment apart, then finish and grade.
  const { id } = await (await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan: [{ key: "clarify", minutes: 2 }, { key: "trade_offs", minutes: 2 }] } })).json();
  await page.goto(`/practice/${id}`);
  const notes = page.getByRole("textbox", { name: "Notes: Clarify requirements" });
  await notes.click();
  await page.keyboard.type("First thought.");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await page.waitForTimeout(1200);
  await page.keyboard.type(" Second thought.");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(page).toHaveURL(/\/grade$/);
  for (const dimension of ["Requirements", "Capacity estimation", "High-level design", "Deep-dive", "Trade-offs", "Operational excellence", "Communication", "Driving the interview"]) {
    await page.getByRole("radio", { name: new RegExp(`^${dimension}[^:]*: 3 Hire`) }).check({ force: true });
  }
  await page.getByRole("radio", { name: /^Trade-offs[^:]*: 2 Lean no hire/ }).check({ force: true });
  await page.getByRole("button", { name: "Save grade" }).click();
  await expect(page.getByText("Saved (revision 1).")).toBeVisible();

  // History lists it with its score; the review replays it.
  await page.goto("/history");
  const row = page.getByTestId("history-row").filter({ hasText: "Design a URL shortener" });
  await expect(row).toContainText(/2\.\d\d/);
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/history/${id}$`));
  const replay = page.getByTestId("session-replay");
  await expect(replay.getByTestId("replay-notes")).toContainText("First thought. Second thought.");
  // Step back one saved change at a time until the second sentence is not written yet.
  const shown = replay.getByTestId("replay-notes");
  for (let step = 0; step < 40 && (await shown.textContent())!.includes("Second"); step++) {
    await replay.getByRole("button", { name: "← Previous change" }).click();
  }
  await expect(shown).not.toContainText("Second");
  await expect(shown).toContainText("First thought.");
  await replay.getByRole("slider", { name: "Replay position" }).focus();
  await page.keyboard.press("Home");
  await expect(replay.getByTestId("replay-time")).toHaveText(/^00:00 \//);
  await expect(replay.getByTestId("replay-notes")).not.toContainText("First thought.");

  const exported = await page.request.get(`/api/history/${id}/export.md`);
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  expect(await exported.text()).toContain("First thought. Second thought.");

  // Readiness moved: one finished session on the core problem, and trade-offs named as the weak spot.
  await page.goto("/readiness");
  await expect(page.getByText("No evidence yet")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Summary" })).toContainText(/Trade-offs/);
  // Tabs answer the arrow keys: from the open checklist to the next one, the core problems.
  await page.getByRole("tab", { selected: true }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: /Core practice problems/ })).toBeFocused();
  await expect(core).toHaveAttribute("aria-valuenow", "1");
  // The trend has a line per rubric dimension; its table, shown on request, has the levels given.
  const trends = page.getByRole("region", { name: "Score per rubric dimension" });
  await expect(trends.getByTestId("dimension-trend")).toHaveCount(8);
  await expect(trends.getByRole("table")).toHaveCount(0);
  await trends.getByRole("button", { name: "Show as a table" }).click();
  await expect(trends.getByRole("row", { name: /^Trade-offs/ }).getByRole("cell")).toHaveText(["2"]);
  await expect(trends.getByRole("row", { name: /^Communication/ }).getByRole("cell")).toHaveText(["3"]);
});

test("history and readiness are private", async ({ page, browser }) => {
  await signUp(page);
  const { id } = await (await page.request.post("/api/practice", { data: { questionSlug: "rate-limiter", plan: [{ key: "clarify", minutes: 1 }] } })).json();
  await page.request.post(`/api/practice/${id}/finish`);
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await signUp(stranger);
  expect((await stranger.goto(`/history/${id}`))?.status()).toBe(404);
  expect((await stranger.request.get(`/api/history/${id}/updates`)).status()).toBe(404);
  expect((await stranger.request.get(`/api/history/${id}/export.md`)).status()).toBe(404);
  await stranger.goto("/history");
  await expect(stranger.getByTestId("history-row")).toHaveCount(0);
  await other.close();
});
