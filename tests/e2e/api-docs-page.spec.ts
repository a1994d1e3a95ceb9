import { expect, test } from "@playwright/test";

// /api/docs is a page (HTML), though it sits under /api: the catch-all JSON 404 must not shadow it.

test("the documentation page lists every operation, readable by keyboard and filterable", async ({ page, request, baseURL }) => {
  const fetched: string[] = [];
  page.on("request", (sent) => fetched.push(sent.url()));
  const apiDocument = await (await request.get("/api/openapi.json")).json();
  const operations = Object.entries(apiDocument.paths as Record<string, Record<string, { operationId: string; summary: string }>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, ...operation })),
  );
  const response = await page.goto("/api/docs");
  expect(response!.status()).toBe(200);
  expect(response!.headers()["content-type"]).toMatch(/^text\/html/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByTestId("operation-count")).toHaveText(`${operations.length} operations.`);
  await expect(page.getByTestId("api-operation")).toHaveCount(operations.length);
  const cards = await page.getByTestId("api-operation").evaluateAll((articles) =>
    articles.map((article) => ({ id: article.id, path: article.querySelector("header code")?.textContent, summary: article.querySelector("h3")?.textContent })),
  );
  expect(cards).toEqual(operations.map((operation) => ({ id: operation.operationId, path: operation.path, summary: operation.summary })));
  const links = await page.getByRole("navigation", { name: "Operations" }).locator("li a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
  expect(links).toEqual(operations.map((operation) => `#${operation.operationId}`));
  await expect(page.getByRole("heading", { name: "Error", exact: true })).toBeVisible();
  // Self-hosted: the page loads nothing from anywhere else.
  expect(fetched.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);

  // A response's details open from the keyboard.
  const summary = page.locator('article[id="postApiPracticeIdAdvance"] summary').first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('article[id="postApiPracticeIdAdvance"] details').first()).toHaveAttribute("open", "");

  // The filter's controls are labelled and work without a mouse.
  await page.getByLabel("Path or words").fill("peer-grade");
  await page.getByLabel("Path or words").press("Enter");
  await expect(page).toHaveURL(/\/api\/docs\?q=peer-grade/);
  await expect(page.getByTestId("api-operation")).toHaveCount(2);
  await page.getByLabel("Group").selectOption("auth");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("operation-count")).toHaveText("0 operations match these filters.");
  await page.getByRole("link", { name: "Show all" }).first().click();
  await expect(page.getByTestId("api-operation")).toHaveCount(operations.length);
});
