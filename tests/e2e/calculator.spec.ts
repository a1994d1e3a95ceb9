import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signUp } from "./helpers";

test("the capacity calculator keeps its inputs across a phase switch, a reload and a second tab, and takes a percentage", async ({ page, context }) => {
  await signUp(page);
  const plan = [{ key: "clarify", minutes: 5 }, { key: "estimate", minutes: 5 }];
  const { id } = await (await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan } })).json();
  await page.goto(`/practice/${id}`);
  await page.getByRole("button", { name: "Next phase: Capacity estimation" }).click();
  const calculator = page.getByTestId("estimation-calculator");
  await calculator.getByLabel(/Daily active users/).fill("250,000,000");
  // A bare 80 is a percentage too, and the cache follows the hot-set rule the URL shortener uses:
  // its inputs (100M users, 0.1 links each, 100 reads per link, 500 B, 20% hot) give its 100 GB.
  await calculator.getByLabel(/Cache hit target/).fill("80");
  await expect(calculator.getByText("80% of reads from cache")).toBeVisible();
  await calculator.getByLabel(/Daily active users/).fill("100,000,000");
  await calculator.getByLabel(/Writes per user per day/).fill("0.1");
  await calculator.getByLabel(/Reads per write/).fill("100");
  await calculator.getByLabel(/Object size/).fill("500");
  await calculator.getByLabel(/Hot share of daily reads/).fill("20%");
  await expect(calculator.getByText("hot-set rule")).toBeVisible();
  await expect(calculator.getByRole("definition").filter({ hasText: /^100 GB/ })).toBeVisible();
  await calculator.getByLabel(/Daily active users/).fill("250,000,000");
  await calculator.getByLabel(/Cache hit target/).fill("95%");
  await expect(calculator.getByText("95% of reads from cache")).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });

  await page.getByRole("button", { name: /^1\. Clarify requirements/ }).click();
  await expect(calculator).toHaveCount(0);
  await page.getByRole("button", { name: /^2\. Capacity estimation/ }).click();
  await expect(calculator.getByLabel(/Daily active users/)).toHaveValue("250,000,000");

  await page.reload();
  await expect(calculator.getByLabel(/Daily active users/)).toHaveValue("250,000,000");
  await expect(calculator.getByLabel(/Cache hit target/)).toHaveValue("95%");

  // Another tab (or a partner) sees the inputs change live.
  const other = await context.newPage();
  await other.goto(`/practice/${id}`);
  await expect(other.getByTestId("estimation-calculator").getByLabel(/Daily active users/)).toHaveValue("250,000,000");
  await calculator.getByLabel(/Reads per write/).fill("50");
  await expect(other.getByTestId("estimation-calculator").getByLabel(/Reads per write/)).toHaveValue("50");

  await calculator.getByRole("button", { name: "Reset" }).click();
  await expect(other.getByTestId("estimation-calculator").getByLabel(/Daily active users/)).not.toHaveValue("250,000,000");
});

test("the numbers to know open into captioned tables that fit a 320-px phone and pass axe", async ({ page }) => {
  await signUp(page);
  const plan = [{ key: "estimate", minutes: 5 }];
  const { id } = await (await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan } })).json();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/practice/${id}`);
  const toggle = page.getByRole("button", { name: "Numbers to know" });
  // On a phone the room shows one pane at a time; the tools live in their own pane.
  if (!(await toggle.isVisible())) await page.getByRole("button", { name: /tools|problem/i }).first().click();
  await toggle.click();
  const latency = page.getByRole("table", { name: "Latency" });
  await expect(latency.getByRole("columnheader", { name: "Dean 2010" })).toBeVisible();
  await expect(latency.getByRole("row", { name: /Read 1 MB sequentially from memory/ })).toContainText("250 µs");
  await expect(page.getByRole("table", { name: /Availability/ }).getByRole("row", { name: /^99\.99%/ })).toContainText("52.6 minutes");
  await expect(page.getByRole("table", { name: "Connections per server" })).toContainText("WhatsApp");
  const { width, viewport } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(width).toBe(viewport);
  const { violations } = await new AxeBuilder({ page }).include("table").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations).toEqual([]);
});
