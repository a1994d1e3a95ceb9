import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test.use({ timezoneId: "Asia/Kolkata" });

test("dates show in the browser's time zone, or in the one chosen in settings", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/new?question=url-shortener");
  await page.getByRole("button", { name: "Start the clock" }).click();
  await expect(page).toHaveURL(/\/practice\/[0-9a-f-]{36}$/);

  await page.goto("/practice");
  const unfinished = page.getByRole("region", { name: "Unfinished" });
  await expect(unfinished).toContainText(/Started \d{1,2} \w{3} \d{4}, \d\d:\d\d GMT\+5:30/);
  await page.goto("/history");
  await expect(page.getByRole("table")).toContainText("GMT+5:30");

  await page.goto("/settings");
  await expect(page.getByLabel("Time zone on this device")).toHaveValue("");
  // Chromium's ICU may name the zone by its older alias.
  await expect(page.getByRole("option", { name: /^Automatic: your browser's \(Asia\/(Kolkata|Calcutta)\)$/ })).toBeAttached();
  await page.getByLabel("Time zone on this device").selectOption("UTC");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText(/Saved\. Times now show in UTC/)).toBeVisible();
  await page.goto("/practice");
  await expect(unfinished).toContainText(/\d\d:\d\d UTC/);
  await expect(unfinished).not.toContainText("GMT+5:30");

  // Back to automatic: the browser's zone again, after a reload too.
  await page.goto("/settings");
  await expect(page.getByLabel("Time zone on this device")).toHaveValue("UTC");
  await page.getByLabel("Time zone on this device").selectOption("");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await page.goto("/practice");
  await page.reload();
  await expect(unfinished).toContainText("GMT+5:30");
});
