import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUp } from "./helpers";

async function drawBox(page: Page, board: Locator, at: { x: number; y: number }) {
  await board.hover(); // an empty board loads its editor when pointed at
  await expect(board.locator("canvas.interactive")).toBeVisible({ timeout: 30_000 });
  await board.getByTitle(/Rectangle/).first().click();
  const box = (await board.locator("canvas.interactive").boundingBox())!;
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  await page.mouse.move(box.x + at.x + 140, box.y + at.y + 90, { steps: 8 });
  await page.mouse.up();
}

const logLength = async (page: Page, id: string) => ((await (await page.request.get(`/api/history/${id}/updates`)).json()) as { updates: unknown[] }).updates.length;

test("after a session, the user copies the reference design beside their own drawing and redraws; the session itself stays as it was", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  const created = await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan: [{ key: "high_level", minutes: 5 }] } });
  const { id } = await created.json();
  await page.goto(`/practice/${id}`);
  await drawBox(page, page.getByTestId("whiteboard"), { x: 120, y: 120 });
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await page.getByRole("button", { name: "Finish session" }).click();
  await page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/${id}/grade$`));
  const recorded = await logLength(page, id);

  await page.goto(`/history/${id}`);
  const section = page.getByRole("region", { name: "Compare and redraw" });
  const redraw = section.getByTestId("redraw-board");
  await expect(redraw).toHaveAttribute("data-state", "empty");
  await section.getByRole("button", { name: "Copy to my board" }).click();
  await expect(redraw).toHaveAttribute("data-state", "drawn", { timeout: 30_000 });
  // The user's one box, then the reference design's boxes, arrows and labels, and its heading.
  const copied = Number(await redraw.getAttribute("data-elements"));
  expect(copied).toBeGreaterThan(10);
  await expect(redraw.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await redraw.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("redraw-board.png") });

  // Redrawing is saved, and there on the next visit.
  const board = redraw.getByTestId("whiteboard");
  await page.keyboard.press("Escape");
  await drawBox(page, board, { x: 420, y: 450 });
  await page.screenshot({ path: test.info().outputPath("redrawn.png") });
  await expect(redraw).toHaveAttribute("data-elements", String(copied + 1));
  await expect(redraw.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole("region", { name: "Compare and redraw" }).getByTestId("redraw-board")).toHaveAttribute("data-elements", String(copied + 1), {
    timeout: 30_000,
  });

  // The session's record is what it was at the finish: replay and export read the same log.
  expect(await logLength(page, id)).toBe(recorded);
});
