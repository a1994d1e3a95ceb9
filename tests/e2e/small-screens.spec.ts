import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

// WCAG 1.4.10 (Reflow): at 320 px every page fits its screen, with no sideways scrolling; the
// navigation folds behind a Menu button.

const WIDTHS = [320, 390];

async function overflow(page: Page): Promise<{ width: number; viewport: number; widest: string[] }> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const widest = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1 && element.getClientRects().length > 0)
      .filter((element) => ![...element.querySelectorAll("*")].some((child) => child.getBoundingClientRect().right > viewport + 1))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className.toString().slice(0, 60)} ${Math.round(element.getBoundingClientRect().right)}`);
    return { width: document.documentElement.scrollWidth, viewport, widest };
  });
}

async function expectReflow(page: Page, path: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const measured = await overflow(page);
    expect(measured.width, `${path} at ${width} px is ${measured.width} px wide: ${measured.widest.join(", ")}`).toBeLessThanOrEqual(measured.viewport);
  }
}

test("the menu folds the navigation on a phone, and opens and closes by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signUp(page);
  await expect(page.getByRole("link", { name: "History" })).toBeHidden();
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
});

test("every page reflows at 320 and 390 px", async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of ["/", "/questions", "/questions/url-shortener", "/signin", "/signup"]) await expectReflow(page, path);
  await signUp(page);
  const created = await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan: [{ key: "clarify", minutes: 5 }, { key: "high_level", minutes: 10 }] } });
  const { id } = await created.json();
  await expectReflow(page, `/practice/${id}`);
  // A peer room's side panel on a phone: the meeting link and the chat, a long address in it included.
  const plan = [{ key: "clarify", minutes: 5 }];
  const room = await (await page.request.post("/api/rooms", { data: { questionSlug: "url-shortener", plan, role: "interviewer" } })).json();
  expect((await page.request.put(`/api/practice/${room.id}/meeting-link`, { data: { url: `https://meet.example.org/${"a".repeat(80)}` } })).status()).toBe(200);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/practice/${room.id}`);
    await page.getByRole("button", { name: "Problem" }).click();
    await page.getByRole("textbox", { name: "Message" }).fill(`A long one: https://docs.example.org/${"b".repeat(90)}`);
    await page.getByRole("textbox", { name: "Message" }).press("Enter");
    await expect(page.getByTestId("chat-message").last()).toContainText("A long one");
    const measured = await overflow(page);
    expect(measured.width, `the room's chat at ${width} px is ${measured.width} px wide: ${measured.widest.join(", ")}`).toBeLessThanOrEqual(measured.viewport);
  }
  expect((await page.request.post(`/api/practice/${id}/finish`)).status()).toBe(200);
  for (const path of ["/practice", "/practice/new", `/practice/${id}/grade`, "/history", `/history/${id}`, "/readiness", "/settings", "/api/docs"]) {
    await expectReflow(page, path);
  }
});
