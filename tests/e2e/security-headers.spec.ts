import { expect, test } from "@playwright/test";

const EXPECTED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test("every response carries the security headers, cached pages and errors included, and no HSTS over plain http", async ({ request, page, baseURL }) => {
  for (const path of ["/", "/questions", "/questions", "/questions/url-shortener", "/api/questions", "/api/no-such-endpoint", "/signin", "/no-such-page", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const where = `on ${path} (${headers["x-page-cache"] ?? "not cached"})`;
    for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], `${name} ${where}`).toBe(value);
    // The script part of the policy has its own test (content-security-policy.spec.ts).
    for (const part of ["frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'", "default-src 'self'"]) expect(headers["content-security-policy"], where).toContain(part);
    expect(headers["content-security-policy"], where).toMatch(/script-src 'self' ('nonce-[^']+'|('sha256-[^']+' ?)*);/);
    expect(headers["strict-transport-security"], path).toBeUndefined();
    expect(headers["x-request-id"], path).toMatch(/^[\w.:-]{8,}$/);
  }
  // A client's claim of https counts only behind a trusted proxy, which this server is not told of.
  expect((await request.get("/", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toBeUndefined();

  // Another page cannot frame the app: the browser refuses to show it inside a frame.
  await page.setContent(`<iframe id="app" src="${baseURL}/questions/url-shortener" width="800" height="600"></iframe>`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  const shown = await frame!.evaluate(() => document.body?.innerText ?? "").catch(() => "");
  expect(shown).not.toContain("Design a URL shortener");
});
