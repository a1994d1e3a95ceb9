import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { PASSWORD, signUp } from "./helpers";

const NEW_PASSWORD = "another sturdy passphrase 7";

async function sameSessionElsewhere(browser: Browser, context: BrowserContext) {
  const other = await browser.newContext({ storageState: await context.storageState() });
  return { context: other, page: await other.newPage() };
}

test("settings: a new name shows at once, the target level and sounds are kept, bad input is refused", async ({ page }) => {
  await signUp(page, undefined, "Sam Original");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  await page.getByLabel("Display name").fill("Sam Renamed");
  await page.getByLabel("Target level").selectOption({ label: "Senior" });
  await page.getByRole("checkbox", { name: /Sounds/ }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("Sam Renamed");

  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue("Sam Renamed");
  await expect(page.getByLabel("Target level")).toHaveValue("senior");
  await expect(page.getByRole("checkbox", { name: /Sounds/ })).toBeChecked();
  await expect(page.getByTestId("signed-in-as")).toContainText("Sam Renamed");

  await page.getByLabel("Display name").fill("   ");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Enter your name").first()).toBeVisible();

  const bad = await page.request.patch("/api/me/settings", { data: { targetLevel: "principal" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain("mid-level, senior or staff");
  const unknownField = await page.request.patch("/api/me/settings", { data: { email: "someone@else.test" } });
  expect(unknownField.status()).toBe(400);
  const signedOut = await page.context().browser()!.newContext();
  expect((await signedOut.request.get(new URL("/api/me/settings", page.url()).href)).status()).toBe(401);
  await signedOut.close();
});

test("changing the password keeps this browser signed in and signs every other device out", async ({ page, context, browser }) => {
  const email = await signUp(page);
  const phone = await sameSessionElsewhere(browser, context);
  expect((await phone.page.request.get("/api/practice")).status()).toBe(200);
  await page.goto("/settings");

  await page.getByLabel("Current password").fill("not the password at all");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That is not your current password." })).toBeVisible();
  expect((await phone.page.request.get("/api/practice")).status()).toBe(200);

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  expect((await page.request.get("/api/practice")).status()).toBe(200);
  expect((await phone.page.request.get("/api/practice")).status()).toBe(401);
  await phone.context.close();

  // The old password no longer signs in; the new one does.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(new URL("/signin", page.url()).href);
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.locator("#signin-error")).toContainText("do not match");
  await other.getByLabel("Password").fill(NEW_PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByTestId("signed-in-as")).toBeVisible();
  await fresh.close();
});

test("download my data: a zip with data.json holding the sessions and a Markdown file for each", async ({ page }) => {
  await signUp(page);
  const created = await page.request.post("/api/practice", { data: { questionSlug: "url-shortener", plan: [{ key: "clarify", minutes: 5 }] } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await page.request.post(`/api/practice/${id}/finish`)).status()).toBe(200);
  // The chosen level's expectations sit beside the self grade.
  expect((await page.request.patch("/api/me/settings", { data: { targetLevel: "staff" } })).status()).toBe(200);
  await page.goto(`/practice/${id}/grade`);
  await expect(page.getByRole("heading", { name: "What a staff answer shows" })).toBeVisible();

  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data (.zip)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^design-drills-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const data = JSON.parse(strFromU8(files["data.json"]!));
  expect(data.account.name).toBe("Erin Example");
  expect(data.sessions.map((session: { id: string }) => session.id)).toEqual([id]);
  const markdown = Object.keys(files).filter((name) => name.startsWith("sessions/"));
  expect(markdown).toHaveLength(1);
  expect(strFromU8(files[markdown[0]!]!)).toContain("# ");
  await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toBeVisible();
});

test("deleting the account needs the password, signs out every device, and frees nothing else to sign in with", async ({ page, context, browser }) => {
  const email = await signUp(page);
  const phone = await sameSessionElsewhere(browser, context);
  // Another site cannot delete it with the user's cookie, even knowing the password.
  const forged = await page.request.delete("/api/me", { data: { password: PASSWORD }, headers: { origin: "https://evil.test", "sec-fetch-site": "cross-site" } });
  expect(forged.status()).toBe(403);
  await page.goto("/settings");

  await page.getByLabel("Your password").fill("wrong password entirely");
  await page.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account for good?" });
  await expect(dialog).toBeVisible();
  // Escape backs out without deleting anything.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That is not your current password." })).toBeVisible();
  expect((await page.request.get("/api/practice")).status()).toBe(200);

  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  expect((await phone.page.request.get("/api/practice")).status()).toBe(401);
  await phone.context.close();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#signin-error")).toContainText("do not match");
});
