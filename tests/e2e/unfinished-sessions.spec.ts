import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

const PLAN = [{ key: "clarify", minutes: 5 }];

test("starting a session while others run says so, with Resume and Abandon; a finished session shows no clock", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/new");
  await expect(page.getByRole("heading", { name: /still running/ })).toHaveCount(0);

  const start = async (questionSlug: string) => (await (await page.request.post("/api/practice", { data: { questionSlug, plan: PLAN } })).json()).id as string;
  const first = await start("url-shortener");
  await start("web-crawler");
  await page.goto("/practice/new");
  const running = page.getByRole("region", { name: "You have 2 sessions still running" });
  await expect(running).toBeVisible();
  await running.getByRole("button", { name: /^Abandon Design a web crawler/i }).click();
  await running.getByRole("button", { name: "Yes, abandon" }).click();
  await expect(page.getByRole("region", { name: "You have a session still running" })).toBeVisible();
  await page.getByRole("link", { name: /^Resume/ }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/${first}$`));
  await expect(page.getByTestId("phase-remaining")).toBeVisible();

  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(page).toHaveURL(/\/grade$/);
  await page.goto(`/practice/${first}`);
  await expect(page.getByTestId("clock-state")).toHaveText("Finished");
  await expect(page.getByTestId("phase-remaining")).toHaveCount(0);
  await expect(page.getByRole("timer")).toHaveCount(0);
  await page.goto("/practice/new");
  await expect(page.getByRole("heading", { name: /still running/ })).toHaveCount(0);
});
