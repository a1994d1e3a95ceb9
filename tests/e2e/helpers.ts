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

/**
 * The host creates a peer room on the URL shortener from its bank page and waits in the lobby;
 * each guest then opens the invite link and takes the seat named. Returns the room's address.
 */
export async function openPeerRoom(host: Page, guests: [page: Page, seat: "the candidate" | "an observer"][]): Promise<string> {
  await host.goto("/questions/url-shortener");
  await host.getByRole("link", { name: "Practice with a partner" }).click();
  await host.getByRole("button", { name: "Create the room" }).click();
  await expect(host.getByTestId("lobby")).toBeVisible();
  const roomUrl = host.url();
  const invite = await host.getByLabel("Invite link").inputValue();
  for (const [page, seat] of guests) {
    await page.goto(invite);
    await page.getByRole("button", { name: `Join as ${seat}` }).click();
    await expect(page).toHaveURL(roomUrl);
  }
  return roomUrl;
}
