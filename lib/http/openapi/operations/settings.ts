import { z } from "zod";
import {
  accountSettingsPatchSchema,
  changePasswordSchema,
  deleteAccountSchema,
  TARGET_LEVELS,
  type AccountSettings,
} from "@/lib/users/schemas";
import type { ApiOperation } from "../operation";
import type { SameShape } from "../same-shape";

// lib/users has no response schemas of its own yet; this one is checked against its type.
const accountSettingsSchema = z.strictObject({
  name: z.string(),
  email: z.string(),
  targetLevel: z.enum(TARGET_LEVELS).nullable(),
  sounds: z.boolean(),
  hasPassword: z.boolean().describe("Accounts made through GitHub or Google may have none."),
});
const accountSettingsMatch: SameShape<z.infer<typeof accountSettingsSchema>, AccountSettings> = true;
void accountSettingsMatch;

const TOO_MANY_PASSWORDS = "Too many password attempts for this account; try again later.";

export const settingsOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/me/settings",
    tag: "account",
    summary: "Your account settings",
    auth: "session",
    responses: { 200: { description: "Name, email, target level, sounds, and whether the account has a password.", schema: accountSettingsSchema } },
  },
  {
    method: "patch",
    path: "/api/me/settings",
    tag: "account",
    summary: "Change your name, target level or sounds",
    description: "Send any of them; the others stay as they are.",
    auth: "session",
    body: { schema: accountSettingsPatchSchema },
    responses: { 200: { description: "The settings after the change.", schema: accountSettingsSchema } },
    errors: { 400: "Nothing to change was sent." },
  },
  {
    method: "put",
    path: "/api/me/password",
    tag: "account",
    summary: "Change your password",
    description: "Needs the current password. Every session ends, this one too, so sign in again with the new password.",
    auth: "session",
    body: { schema: changePasswordSchema },
    responses: { 200: { description: "The password was changed and every session ended.", schema: z.strictObject({ changed: z.literal(true), signedOut: z.literal("everywhere") }) } },
    errors: { 400: "The current password is wrong, the new one is the same, or the account has no password.", 429: TOO_MANY_PASSWORDS },
  },
  {
    method: "get",
    path: "/api/me/export",
    tag: "account",
    summary: "Download all your data",
    description: "A zip file: data.json with everything stored for you, and each session as Markdown.",
    auth: "session",
    responses: {
      200: { description: "The zip file.", contentType: "application/zip", headers: { "Content-Disposition": 'attachment; filename="<name>.zip"' } },
    },
  },
  {
    method: "delete",
    path: "/api/me",
    tag: "account",
    summary: "Delete your account",
    description: "Confirmed by your password, or for an account without one, by typing its email. Peer sessions stay readable for the other people, who see \"a former member\".",
    auth: "session",
    body: { schema: deleteAccountSchema },
    responses: { 200: { description: "The account was deleted.", schema: z.strictObject({ deleted: z.literal(true) }) } },
    errors: { 400: "The password is missing or wrong, or the typed email does not match.", 429: TOO_MANY_PASSWORDS },
  },
];
