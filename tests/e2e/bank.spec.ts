import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("browse, filter, search, page and open a question", async ({ page }) => {
  await page.goto("/questions");
  await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
  const rows = page.getByRole("region", { name: "Questions" }).getByRole("listitem");
  await expect(rows.first()).toBeVisible();
  // Attempts are personal: a visitor sees a dash, a signed-in user their own count (see auth tests).
  await expect(rows.first().getByTestId("attempts")).toHaveText("–");

  await page.getByLabel("Difficulty").selectOption("hard");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/difficulty=hard/);
  await expect(page.getByRole("link", { name: "Design a content delivery network (CDN)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Design a URL shortener" })).toHaveCount(0);

  await page.getByLabel("Difficulty").selectOption("");
  await page.getByLabel("Topic").selectOption("rate-limiting");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: "Design a distributed rate limiter" })).toBeVisible();

  await page.getByRole("link", { name: "Reset" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByLabel("Topic")).toHaveValue("");
  await page.getByLabel("Search").fill("shorten");
  await page.getByLabel("Search").press("Enter");
  await expect(page).toHaveURL(/q=shorten/);
  await expect(rows.first()).toContainText("Design a URL shortener");

  await page.getByLabel("Search").fill("zzzz nothing matches this");
  await page.getByLabel("Search").press("Enter");
  await expect(page.getByText("No questions match these filters.")).toBeVisible();

  await page.goto("/questions?pageSize=2");
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
});

test("a question page keeps the reference hidden until revealed", async ({ page }) => {
  await page.goto("/questions?q=shortener");
  await page.getByRole("link", { name: "Design a URL shortener" }).click();
  await expect(page).toHaveURL(/\/questions\/url-shortener$/);
  await expect(page.getByRole("heading", { name: "The problem" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What each phase asks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key points per phase" })).toHaveCount(0);
  await expect(page.getByTestId("reference")).toHaveCount(0);

  await page.getByRole("button", { name: "Reveal the reference answer" }).click();
  const reference = page.getByTestId("reference");
  await expect(reference).toBeVisible();
  await expect(reference.getByRole("heading", { name: "Key points per phase" })).toBeVisible();
  await expect(reference.getByRole("heading", { name: "Deep dives" })).toBeVisible();
  await expect(reference.getByText("great", { exact: true }).first()).toBeVisible();

  await page.getByRole("button", { name: "Hide the reference" }).click();
  await expect(page.getByTestId("reference")).toHaveCount(0);
});

test("an unknown question shows a 404 page", async ({ page }) => {
  const response = await page.goto("/questions/not-a-real-problem");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
});

test("invalid filters in the URL get an explanation, not an error page", async ({ page }) => {
  await page.goto("/questions?tag=blockchain&page=-1");
  const alert = page.getByRole("alert").filter({ hasText: "These filters are not valid" });
  await expect(alert).toContainText("is not a known topic");
  await alert.getByRole("link", { name: "Show all questions" }).click();
  await expect(page.getByRole("region", { name: "Questions" }).getByRole("listitem").first()).toBeVisible();
});

test("filters apply as they change, without reloading the page, and the address keeps only what is set", async ({ page }) => {
  await page.goto("/questions");
  // A mark on the window survives client-side navigations, never a reload.
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

  await page.getByLabel("Difficulty").focus();
  await page.getByLabel("Difficulty").selectOption("hard");
  await expect(page).toHaveURL(/\/questions\?difficulty=hard$/);
  await expect(page.getByRole("link", { name: "Design a content delivery network (CDN)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Design a URL shortener" })).toHaveCount(0);
  await expect(page.getByLabel("Difficulty")).toBeFocused();

  await page.getByLabel("Difficulty").selectOption("");
  await page.getByLabel("Search").pressSequentially("crawl");
  await expect(page).toHaveURL(/\/questions\?q=crawl$/);
  await expect(page.getByRole("link", { name: "Design a web crawler" })).toBeVisible();
  await expect(page.getByLabel("Search")).toBeFocused();
  await expect(page.getByLabel("Search")).toHaveValue("crawl");
  expect(await sameDocument()).toBe(true);

  await page.goBack();
  await expect(page.getByLabel("Search")).toHaveValue("");

  // A page past the end says so, and offers the first one.
  await page.goto("/questions?difficulty=hard&page=40");
  await expect(page.getByText(/Page 40 is past the end/)).toBeVisible();
  await page.getByRole("link", { name: "Go to the first page" }).click();
  await expect(page).toHaveURL(/\/questions\?difficulty=hard$/);
});

test("search forgives a typo and says what it searched for", async ({ page }) => {
  await page.goto("/questions");
  await page.getByLabel("Search").fill("twiter");
  await page.getByLabel("Search").press("Enter");
  await expect(page.getByTestId("result-count")).toContainText("matching “twitter” (you typed “twiter”)");
  await expect(page.getByRole("region", { name: "Questions" }).getByRole("listitem").first()).toContainText("Twitter-style news feed");
  // A word found only in reference answers finds them too.
  await page.goto("/questions?q=bloom");
  await expect(page.getByRole("link", { name: "Design a web crawler" })).toBeVisible();
});

test("a signed-in user filters the bank by their own practice; a visitor is asked to sign in", async ({ page, request }) => {
  const refused = await request.get("/api/questions?practice=attempted");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.message).toBe("Sign in to filter the bank by your own practice.");
  await page.goto("/questions");
  await expect(page.getByLabel("Your practice")).toHaveCount(0);
  await page.goto("/questions?practice=attempted");
  await expect(page.getByText("Sign in to filter the bank by your own practice.")).toBeVisible();

  await signUp(page);
  await page.goto("/questions");
  const total = await page.getByTestId("result-count").textContent();
  await page.getByLabel("Your practice").selectOption("not_attempted");
  await expect(page).toHaveURL(/\/questions\?practice=not_attempted$/);
  await expect(page.getByTestId("result-count")).toHaveText(total!);
  await page.getByLabel("Your practice").selectOption("attempted");
  await expect(page.getByText("You have not finished a session on any of these yet.")).toBeVisible();
  const api = await page.request.get("/api/questions?practice=attempted");
  expect((await api.json()).total).toBe(0);
});

test("the reference answer draws the problem's architecture diagram as a board, with its Mermaid source", async ({ page }) => {
  await page.goto("/questions/url-shortener");
  await page.getByRole("button", { name: "Reveal the reference answer" }).click();
  const diagram = page.getByTestId("reference-diagram").first();
  await expect(diagram).toHaveAttribute("data-state", "drawn", { timeout: 30_000 });
  await expect(diagram.getByRole("region", { name: "Reference diagram" }).locator("canvas").first()).toBeVisible({ timeout: 30_000 });
  await diagram.getByText("Reference diagram: Mermaid source").click();
  await expect(diagram.locator("pre")).toContainText(/^flowchart (LR|TD)/);
  await page.screenshot({ path: test.info().outputPath("reference-diagram.png"), fullPage: false });
  await diagram.scrollIntoViewIfNeeded();
  await diagram.screenshot({ path: "/tmp/reference-diagram.png" });
});
