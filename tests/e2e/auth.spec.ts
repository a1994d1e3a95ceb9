import { expect, test } from "@playwright/test";
import { newEmail, PASSWORD, signUp } from "./helpers";

test("sign up, sign out and sign in again", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
  const email = await signUp(page);
  // Signed in, the home page leads to practice instead of sign-up.
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Create an account" })).toHaveCount(0);
  await page.getByRole("link", { name: "Start a session" }).click();
  await expect(page).toHaveURL(/\/practice\/new$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

  await page.getByRole("link", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("Erin Example");

  // The session survives a reload, and the bank shows the user's own (still zero) attempts.
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await expect(page.getByTestId("attempts").first()).toHaveText("0");
});

test("a wrong password and an unknown email get the same answer", async ({ page, browser }) => {
  const email = await signUp(page);
  const context = await browser.newContext();
  const visitor = await context.newPage();
  for (const attempt of [
    { email, password: "not my passphrase" },
    { email: newEmail("nobody"), password: PASSWORD },
  ]) {
    await visitor.goto("/signin");
    await visitor.getByLabel("Email").fill(attempt.email);
    await visitor.getByLabel("Password").fill(attempt.password);
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await expect(visitor.getByRole("alert").filter({ hasText: "do not match" })).toHaveText("That email and password do not match an account.");
  }
  await context.close();
});

test("sign-up explains a taken email and a weak password", async ({ page, browser }) => {
  const email = await signUp(page);
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto("/signup");
  await visitor.getByLabel("Name").fill("Second");
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();

  await visitor.getByLabel("Email").fill(newEmail());
  await visitor.getByLabel("Password").fill("short");
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText("Use at least 10 characters for your password")).toBeVisible();
  await expect(visitor.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

  await visitor.getByLabel("Name").fill("<img src=x onerror=alert(1)>");
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByTestId("signed-in-as")).toContainText("<img src=x onerror=alert(1)>");
  await context.close();
});
