import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { io } from "socket.io-client";
import { PASSWORD, signUp } from "./helpers";

// A session cookie is valid for 30 days, and a copy of it (another device, a stolen cookie) used
// to keep working after its owner signed out. Signing out now ends every copy.

async function sameSessionElsewhere(browser: Browser, context: BrowserContext) {
  const other = await browser.newContext({ storageState: await context.storageState() });
  return { context: other, page: await other.newPage() };
}

async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** What the live connection says to a handshake with `cookie`: "connected" or its refusal. */
function handshake(baseURL: string, cookie: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(baseURL, { transports: ["websocket"], extraHeaders: { cookie }, reconnection: false, forceNew: true });
    socket.once("connect", () => {
      socket.disconnect();
      resolve("connected");
    });
    socket.once("connect_error", (error) => resolve(error.message));
  });
}

test("signing out ends the session on every device, for the API, the pages and the live connection", async ({ page, context, browser, baseURL }) => {
  const email = await signUp(page);
  const laptop = await sameSessionElsewhere(browser, context);
  const oldCookie = await sessionCookie(context);
  expect((await laptop.page.request.get("/api/practice")).status()).toBe(200);
  expect(await handshake(baseURL!, oldCookie)).toBe("connected");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();

  // The other device's copy of the cookie no longer works anywhere.
  const api = await laptop.page.request.get("/api/practice");
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe("UNAUTHORIZED");
  await laptop.page.goto("/questions");
  await expect(laptop.page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(laptop.page.getByTestId("signed-in-as")).toHaveCount(0);
  expect(await handshake(baseURL!, oldCookie)).toMatch(/unauthorized/);
  await laptop.context.close();

  // Signing in again gives a session that works.
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  expect((await page.request.get("/api/practice")).status()).toBe(200);

  // "Sign out everywhere" from one device ends the others too.
  const phone = await sameSessionElsewhere(browser, context);
  const everywhere = await phone.page.request.post("/api/me/sign-out-everywhere");
  expect(everywhere.status()).toBe(200);
  expect((await page.request.get("/api/practice")).status()).toBe(401);
  expect((await phone.page.request.get("/api/practice")).status()).toBe(401);
  await phone.context.close();
});
