import { expect, test, type APIResponse } from "@playwright/test";
import { PASSWORD, signUp } from "./helpers";

// Characters Node refuses in a header, or that browsers drop or trim from a URL before following it.
const UNSAFE_IN_LOCATION = /[\u0000-\u001f\u007f\s\\]/u;

function expectSameOriginRedirect(response: APIResponse, appOrigin: string) {
  expect(response.status()).toBe(307);
  const location = response.headers()["location"] ?? "";
  expect(location).not.toBe("");
  expect(location.startsWith("//")).toBe(false);
  expect(location).not.toMatch(UNSAFE_IN_LOCATION);
  expect(new URL(location, appOrigin).origin).toBe(appOrigin);
}

test("signed in, a hostile callbackUrl on /signin redirects to a path on the app, never a 500", async ({ page, baseURL }) => {
  await signUp(page);
  const appOrigin = new URL(baseURL!).origin;
  // /%09/evil.test/x decodes to "/\t/evil.test/x", which a browser follows as //evil.test/x.
  for (const callbackUrl of ["/%09/evil.test/x", "/%0a/x", "/%0d%0a/x", "/%E3%80%80/x", "//evil.test", "/%5Cevil.test"]) {
    const response = await page.request.get(`/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBeLessThan(500);
    expectSameOriginRedirect(response, appOrigin);
    expect(new URL(response.headers()["location"]!, appOrigin).pathname, callbackUrl).toBe("/questions");
  }
  // A real destination on the app still works.
  const good = await page.request.get(`/signin?callbackUrl=${encodeURIComponent("/practice/new?from=signin")}`, { maxRedirects: 0 });
  expectSameOriginRedirect(good, appOrigin);
  expect(good.headers()["location"]).toContain("/practice/new?from=signin");
});

test("signed out, signing in from a hostile callbackUrl lands on the app", async ({ page, browser, baseURL }) => {
  const email = await signUp(page);
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto("/signin?callbackUrl=/%09/evil.test/x");
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(/\/questions$/);
  expect(new URL(visitor.url()).origin).toBe(new URL(baseURL!).origin);
  await expect(visitor.getByTestId("signed-in-as")).toContainText("Erin Example");
  await context.close();
});
