import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

// Typed key by key, as a user writes notes: the Markdown that comes out is what they meant.

async function openSession(page: Page) {
  await signUp(page);
  const plan = [{ key: "clarify", minutes: 5 }, { key: "high_level", minutes: 10 }];
  const created = await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan } });
  expect(created.status()).toBe(201);
  await page.goto(`/practice/${(await created.json()).id}`);
  const editor = page.getByRole("textbox", { name: "Notes: Clarify requirements" });
  await editor.click();
  return editor;
}

const saved = (page: Page) => expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });

test("lists: Enter continues them, a typed dash is not doubled, an empty item ends them, and a heading after stays a heading", async ({ page }) => {
  const editor = await openSession(page);
  // One user relies on the continued marker, another types their own: both get one list.
  await page.keyboard.type("- one");
  await page.keyboard.press("Enter");
  await page.keyboard.type("two");
  await page.keyboard.press("Enter");
  await page.keyboard.type("- three");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("## Decisions");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Plain paragraph.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("- a");
  await page.keyboard.press("Enter");
  // Backspace on the continued marker removes it: what follows starts outside the list.
  await page.keyboard.press("Backspace");
  await page.keyboard.type("### After");
  await saved(page);
  await expect(editor).toHaveText(/^- one- two- three## DecisionsPlain paragraph\.- a### After$/);

  await page.reload();
  await saved(page);
  await page.getByRole("tab", { name: "Preview" }).first().click();
  const preview = page.getByTestId("notes-preview").first();
  await expect(preview.locator("ul").first().locator("> li")).toHaveText(["one", "two", "three"]);
  await expect(preview.locator("ul ul")).toHaveCount(0);
  await expect(preview.getByRole("heading", { level: 2, name: "Decisions" })).toBeVisible();
  await expect(preview.locator("li h2, li h3, li p")).toHaveCount(0);
  await expect(preview.getByRole("heading", { level: 3, name: "After" })).toBeVisible();
  await expect(preview.locator("ul")).toHaveCount(2);
});

test("the notes editor shows where the keyboard focus is, and takes it after a load and a phase change", async ({ page }) => {
  const editor = await openSession(page);
  await page.reload();
  await expect(editor).toBeFocused();
  const frame = page.getByTestId("notes-editor").first().locator("xpath=..");
  const ring = () => frame.evaluate((element) => getComputedStyle(element).boxShadow);
  await expect(editor).toBeFocused();
  const focused = await ring();
  await editor.blur();
  await expect.poll(ring).not.toBe(focused);
  // Tailwind's indigo ring, 2 px wide (the browser may report its colour as rgb, oklch or lab).
  expect(focused).toMatch(/(rgb\(99, 102, 241\)|oklch\([^)]*\)|lab\([^)]*\)) 0px 0px 0px 2px/);

  await page.getByRole("button", { name: "Next phase: High-level design" }).click();
  await expect(page.getByRole("textbox", { name: "Notes: High-level design" })).toBeFocused();

  // Shortcuts work while writing: Alt+Shift+1 shows the first phase's notes, with the focus in them.
  await page.keyboard.press("Alt+Shift+Digit1");
  await expect(page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toBeFocused();
  await page.keyboard.press("Alt+Shift+Digit2");
  await expect(page.getByRole("textbox", { name: "Notes: High-level design" })).toBeFocused();
  // "?" outside the notes lists them in a dialog that Escape closes, giving the focus back.
  const help = page.getByRole("button", { name: "Shortcuts" });
  await help.focus();
  await page.keyboard.press("Shift+Slash");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next phase");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(help).toBeFocused();
});

test("Alt+Shift+N moves on to the next phase", async ({ page }) => {
  await openSession(page);
  await page.keyboard.press("Alt+Shift+KeyN");
  await expect(page.getByRole("button", { name: /^2\. High-level design \(now\)/ })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Notes: High-level design" })).toBeFocused();
});
