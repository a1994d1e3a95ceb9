import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

// The script policy allows only the app's own files and inline scripts carrying the response's
// nonce (or, on pages replayed from the shared cache, listed by hash). Any violation a page
// reports, from Next's runtime, Excalidraw, CodeMirror or our own code, fails the test.

type Violation = { directive: string; blocked: string; sample: string; page: string; source?: string };

async function watchViolations(page: Page): Promise<() => Promise<Violation[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __csp: unknown[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, page: location.pathname, source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` }),
    );
  });
  return async () => {
    const reported = (await page.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? [])) as Violation[];
    return [...reported, ...fromConsole.map((text) => ({ directive: "console", blocked: "", sample: text, page: page.url() }))];
  };
}

/** Visits a page, lets it settle, and says what it violated. */
async function visit(page: Page, violations: () => Promise<Violation[]>, path: string, ready: (page: Page) => Promise<void>) {
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState("networkidle");
  expect(await violations(), `CSP violations on ${path}`).toEqual([]);
}

test("the policy: a fresh nonce per response, no unsafe-eval, and hashes (never a shared nonce) on cached pages", async ({ request }) => {
  const first = (await request.get("/")).headers()["content-security-policy"]!;
  const second = (await request.get("/")).headers()["content-security-policy"]!;
  expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(first).not.toBe(second);
  for (const policy of [first, second]) {
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  }
  // The bank is replayed from the shared page cache: its copy lists its inline scripts by hash.
  await request.get("/questions/url-shortener");
  const cached = await request.get("/questions/url-shortener");
  expect(cached.headers()["x-page-cache"]).toBe("HIT");
  const policy = cached.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toContain("nonce-");
});

test("no page reports a CSP violation: bank, sign-in, a session with board and calculator, grading, history, replay, readiness, settings", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  const heading = (name: string | RegExp) => async (p: Page) => void (await expect(p.getByRole("heading", { name, level: 1 })).toBeVisible());

  await visit(page, violations, "/", async (p) => void (await expect(p.getByRole("link", { name: "Question bank" }).first()).toBeVisible()));
  await visit(page, violations, "/signin", heading(/Sign in/));
  await visit(page, violations, "/signup", heading(/Create/));
  await visit(page, violations, "/api/docs", async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible()));
  await visit(page, violations, "/a-page-that-does-not-exist", heading("We could not find that page"));
  await signUp(page);
  // Twice: the second visit is a copy from the shared cache, allowed by hashes.
  await visit(page, violations, "/questions", heading("Question bank"));
  await visit(page, violations, "/questions", heading("Question bank"));
  await visit(page, violations, "/questions/url-shortener", async (p) => {
    await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    const reveal = p.getByRole("button", { name: /Reveal|Show the reference/i }).first();
    if (await reveal.isVisible()) await reveal.click();
  });
  await visit(page, violations, "/questions/url-shortener", async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible()));

  await visit(page, violations, "/practice/new?question=url-shortener", heading("New practice session"));
  await page.getByRole("button", { name: "Start the clock" }).click();
  await expect(page).toHaveURL(/\/practice\/[0-9a-f-]{36}$/);
  const sessionUrl = new URL(page.url()).pathname;
  const notes = page.getByRole("textbox", { name: "Notes: Clarify requirements" });
  await notes.click();
  await page.keyboard.type("- Shorten links\n");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await page.getByRole("button", { name: "Next phase: Capacity estimation" }).click();
  await page.getByTestId("estimation-calculator").getByLabel(/Daily active users/).fill("1000000");
  await page.getByRole("button", { name: "Next phase: High-level design" }).click();
  const board = page.getByTestId("whiteboard");
  await board.hover(); // an empty board loads its editor when pointed at
  await expect(board.locator("canvas").first()).toBeVisible({ timeout: 30_000 });
  await board.getByTitle(/Rectangle/).first().click();
  const box = (await board.locator("canvas.interactive").boundingBox())!;
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 240, box.y + 180, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  expect(await violations(), "CSP violations in the practice room").toEqual([]);

  await page.getByRole("button", { name: "Finish", exact: true }).click();
  await page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(page).toHaveURL(/\/grade$/);
  await visit(page, violations, `${sessionUrl}/grade`, heading(/Grade your session/));
  const id = sessionUrl.split("/").pop()!;
  await visit(page, violations, "/history", heading("History"));
  await visit(page, violations, `/history/${id}`, async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible()));
  await visit(page, violations, "/readiness", heading("Readiness"));
  await visit(page, violations, "/settings", heading("Settings"));
  await visit(page, violations, "/practice", heading(/Practice/));
});
