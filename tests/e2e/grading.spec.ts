import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("finish a session, grade it, edit the grade, and see the attempt in the bank", async ({ page }) => {
  await signUp(page);
  const created = await page.request.post("/api/practice", {
    data: { questionSlug: "url-shortener", plan: [{ key: "clarify", minutes: 1 }, { key: "trade_offs", minutes: 1 }] },
  });
  const { id } = await created.json();
  await page.goto(`/practice/${id}`);
  await page.getByRole("textbox", { name: "Notes: Clarify requirements" }).click();
  await page.keyboard.type("Asked about custom aliases and link expiry.");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/${id}/grade$`));

  // Measured signals and the user's own notes beside the key points.
  await expect(page.getByTestId("signal-clarify")).toContainText("Clarify requirements");
  const clarify = page.getByTestId("coverage-clarify");
  await expect(clarify).toContainText("Asked about custom aliases");
  await clarify.getByRole("checkbox").first().check();
  await expect(clarify.getByText(/^1 of \d+ covered$/)).toBeVisible();
  await expect(clarify.getByRole("heading", { name: "Clarify requirements", level: 2 })).toHaveCount(0);
  await clarify.getByRole("button", { name: /show the reference/ }).click();
  await expect(clarify.getByText("Questions to ask")).toBeVisible();

  // Rate every dimension; the result and hiring signal appear once all are chosen.
  await expect(page.getByRole("button", { name: "Save grade" })).toBeDisabled();
  for (const dimension of ["Requirements", "Capacity estimation", "High-level design", "Deep-dive", "Trade-offs", "Operational excellence", "Communication", "Driving the interview"]) {
    await page.getByRole("radio", { name: new RegExp(`^${dimension}[^:]*: 3 Hire`) }).check({ force: true });
  }
  await page.getByRole("radio", { name: /^Capacity estimation: 2 Lean no hire/ }).check({ force: true });
  await page.getByRole("textbox", { name: /What I will do differently/ }).fill("Do the estimate before drawing anything.");
  // Read against the level aimed for: senior by default (no level in settings), a higher bar at staff.
  const target = page.getByTestId("target-level");
  await expect(target.getByRole("radio", { name: "Senior" })).toBeChecked();
  await expect(page.getByTestId("overall-score")).toHaveText("2.94");
  await expect(page.getByTestId("hiring-signal")).toHaveText("Hire at senior level");
  await target.getByText("Staff").click();
  await expect(page.getByTestId("hiring-signal")).toHaveText("Lean no hire at staff level");
  await expect(page.getByTestId("dimension-expectation").first()).toContainText("A staff hire shows:");
  // A floor rule: a 1 on deep-dive depth is a no hire at senior level, whatever the average.
  await target.getByText("Senior").click();
  await page.getByRole("radio", { name: /^Deep-dive[^:]*: 1 No hire/ }).check({ force: true });
  await expect(page.getByTestId("hiring-signal")).toHaveText("No hire at senior level");
  await expect(page.getByTestId("signal-floor")).toHaveText("At senior and staff level, a 1 on deep-dive depth is a no hire, whatever the average.");
  await target.getByText("Mid-level").click();
  await expect(page.getByTestId("hiring-signal")).toHaveText("Lean no hire at mid-level");
  await page.getByRole("radio", { name: /^Deep-dive[^:]*: 3 Hire/ }).check({ force: true });
  await expect(page.getByTestId("signal-floor")).toHaveCount(0);
  await target.getByText("Senior").click();
  const score = await page.getByTestId("overall-score").textContent();
  await page.getByRole("button", { name: "Save grade" }).click();
  await expect(page.getByText("Saved (revision 1).")).toBeVisible();

  // Editing later keeps history: the next save is revision 2, and the page shows it after a reload.
  await page.reload();
  await expect(page.getByText("Last saved as revision 1.")).toBeVisible();
  await page.getByRole("radio", { name: /^Capacity estimation: 4 Strong hire/ }).check({ force: true });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved (revision 2).")).toBeVisible();
  const history = await (await page.request.get(`/api/practice/${id}/grade`)).json();
  expect(history.revisions[0]).toMatchObject({ rubricVersion: 2, body: { targetLevel: "senior" } });
  expect(history.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
  expect(Number(score)).toBeGreaterThan(2);

  // The review lists both revisions, marking the level that moved.
  await page.goto(`/history/${id}`);
  const revisions = page.getByTestId("grade-revisions");
  await revisions.getByText("Edited 1 time: see every revision").click();
  await expect(revisions.getByTestId("grade-revision")).toHaveCount(2);
  await expect(revisions.getByTestId("grade-revision").first()).toContainText("4 (was 2)");
  await expect(revisions).toContainText("Revision 1: Do the estimate before drawing anything.");

  await page.goto("/questions?q=shortener");
  const row = page.getByRole("listitem").filter({ hasText: "Design a URL shortener" });
  await expect(row.getByTestId("attempts")).toHaveText("1");
  await expect(row.getByTestId("best-score")).not.toHaveText("–");
});

test("the level chosen when starting a session is the one its grading reads against", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/new?question=url-shortener");
  const level = page.getByLabel("Level you aim for");
  await expect(level.locator("option").first()).toHaveText("As in my settings (none chosen: Senior)");
  await level.selectOption("Staff");
  await page.getByRole("button", { name: "Start the clock" }).click();
  await expect(page).toHaveURL(/\/practice\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(page).toHaveURL(/\/grade$/);
  await expect(page.getByTestId("target-level").getByRole("radio", { name: "Staff" })).toBeChecked();
  await expect(page.getByTestId("dimension-expectation").first()).toContainText("A staff hire shows:");
});

test("grades are refused for sessions that are not finished, and for other people", async ({ page, browser }) => {
  await signUp(page);
  const { id } = await (await page.request.post("/api/practice", { data: { questionSlug: "rate-limiter", plan: [{ key: "clarify", minutes: 5 }] } })).json();
  const early = await page.request.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels: { requirements: 3 } } });
  expect(early.status()).toBe(409);
  await page.goto(`/practice/${id}/grade`);
  await expect(page.getByRole("heading", { name: "Finish the session first" })).toBeVisible();

  const other = await browser.newContext();
  const stranger = await other.newPage();
  await signUp(stranger);
  expect((await stranger.request.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels: {} } })).status()).toBe(404);
  expect((await stranger.goto(`/practice/${id}/grade`))?.status()).toBe(404);
  await other.close();
});
