import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

// axe-core's WCAG 2.1 A and AA rules on every page, signed out and signed in, with the
// whiteboard open: any violation fails, with the rule and the elements it found.

async function expectAccessible(page: Page, path: string, ready?: (page: Page) => Promise<void>) {
  if (path) await page.goto(path);
  if (ready) await ready(page);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(found, `axe on ${path || page.url()}`).toEqual([]);
}

test("no WCAG 2.1 A/AA violation on any page, signed out and signed in, the whiteboard open", async ({ page }) => {
  test.setTimeout(240_000);
  for (const path of ["/", "/questions", "/questions/url-shortener", "/signin", "/signup", "/no-such-page", "/api/docs"]) await expectAccessible(page, path);
  await signUp(page);
  const plan = [{ key: "clarify", minutes: 5 }, { key: "estimate", minutes: 5 }, { key: "high_level", minutes: 10 }];
  const { id } = await (await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan } })).json();
  await expectAccessible(page, `/practice/${id}`);
  await page.getByRole("button", { name: "Next phase: Capacity estimation" }).click();
  await expectAccessible(page, "", async (p) => void (await expect(p.getByTestId("estimation-calculator")).toBeVisible()));
  await page.getByRole("button", { name: "Next phase: High-level design" }).click();
  await expectAccessible(page, "", async (p) => {
    // An empty board loads its editor when pointed at.
    await p.getByTestId("whiteboard").hover();
    await expect(p.getByTestId("whiteboard").locator("canvas").first()).toBeVisible({ timeout: 30_000 });
  });
  expect((await page.request.post(`/api/practice/${id}/finish`)).status()).toBe(200);
  // A peer room's side panel: the meeting link, the chat with a message in it, the observers' switch.
  const room = await (await page.request.post("/api/rooms", { data: { questionSlug: "url-shortener", plan, role: "interviewer" } })).json();
  await expectAccessible(page, `/practice/${room.id}`, async (p) => {
    // Typed before the page has hydrated, the field is reset by React; a person would retype.
    await expect(async () => {
      await p.getByRole("textbox", { name: /Meeting link/ }).fill("https://meet.example.org/abc");
      await p.getByRole("button", { name: "Share" }).click();
      await expect(p.getByTestId("meeting-link-url")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await p.getByRole("textbox", { name: "Message" }).fill("Notes at [the doc](https://docs.example.org/x)");
    await p.getByRole("textbox", { name: "Message" }).press("Enter");
    await expect(p.getByTestId("chat-message")).toHaveCount(1);
  });
  // The interviewer's own panel, every tab of it, the reference answer revealed.
  const panel = page.getByTestId("interviewer-panel");
  for (const tab of ["Guide", "Key points", "Reference", "Private notes", "Live rubric"]) {
    await expectAccessible(page, "", async () => {
      await panel.getByRole("tab", { name: tab }).click();
      if (tab === "Reference") await panel.getByRole("button", { name: "Reveal the reference answer" }).click();
      await expect(panel.getByRole("tabpanel")).toBeVisible();
    });
  }
  await expectAccessible(page, `/history/${room.id}`);
  for (const path of ["/questions", "/practice", "/practice/new", `/practice/${id}/grade`, "/history", `/history/${id}`, "/readiness", "/settings"]) {
    await expectAccessible(page, path);
  }
});
