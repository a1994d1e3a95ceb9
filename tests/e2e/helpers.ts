import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a sturdy practice passphrase";
export const newEmail = (label = "e2e") => `${label}-${randomBytes(5).toString("hex")}@example.test`;

export async function signUp(page: Page, email = newEmail(), name = "Erin Example") {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
  return email;
}
