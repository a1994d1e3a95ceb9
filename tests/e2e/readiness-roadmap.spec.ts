import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("the mid-level roadmap's first weeks are marked as coding preparation, not system design", async ({ page }) => {
  await signUp(page);
  const today = new Date().toISOString().slice(0, 10);
  expect((await page.request.put("/api/readiness/roadmap", { data: { roadmapKey: "mid-level", startDate: today } })).status()).toBe(200);
  const roadmap = (await (await page.request.get("/api/readiness/roadmap")).json()).roadmap;
  expect(roadmap.thisWeek.map((item: { coding: boolean }) => item.coding)).toEqual([true]);
  await page.goto("/readiness");
  const item = page.getByRole("checkbox", { name: /Trees, graphs and dynamic programming/ }).locator("xpath=ancestor::li[1]");
  await expect(item.getByText("Coding preparation")).toBeVisible();
});
