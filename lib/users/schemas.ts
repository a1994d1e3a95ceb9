import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(3, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((email) => email.toLowerCase());

const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "1234567890", "12345678910", "qwertyuiop", "iloveyou123",
  "letmein123", "welcome123", "passw0rd123", "administrator", "abc1234567", "qwerty12345", "1q2w3e4r5t",
]);

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(10, "Use at least 10 characters for your password")
  .max(200, "Use at most 200 characters for your password")
  .refine((password) => !COMMON_PASSWORDS.has(password.toLowerCase()), "That password is too common; choose another")
  .refine((password) => new Set(password).size >= 4, "That password is too easy to guess; mix more characters");

export const displayNameSchema = z
  .string({ error: "Enter your name" })
  .trim()
  .min(1, "Enter your name")
  .max(80, "Use at most 80 characters for your name");

export const signUpSchema = z
  .object({
    name: displayNameSchema,
    email: emailSchema,
    password: passwordSchema,
  })
  .refine((input) => !input.password.toLowerCase().includes(input.email.split("@")[0]!), {
    message: "Your password must not contain your email address",
    path: ["password"],
  });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});

export type PublicUser = { id: string; email: string; name: string };

export const TARGET_LEVELS = ["mid", "senior", "staff"] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];
export const TARGET_LEVEL_LABELS: Record<TargetLevel, string> = { mid: "Mid-level", senior: "Senior", staff: "Staff" };

/** The account's preferences as the settings page edits them; any subset may be sent. */
export const accountSettingsPatchSchema = z
  .strictObject({
    name: displayNameSchema,
    targetLevel: z.enum(TARGET_LEVELS, { error: "Choose mid-level, senior or staff" }).nullable(),
    sounds: z.boolean({ error: "Say whether sounds are on (true or false)" }),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, "Send at least one setting to change");

export type AccountSettingsPatch = z.infer<typeof accountSettingsPatchSchema>;

export type AccountSettings = {
  name: string;
  email: string;
  targetLevel: TargetLevel | null;
  sounds: boolean;
  /** Whether the account has a password (accounts made through GitHub or Google may not). */
  hasPassword: boolean;
};

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(200),
  newPassword: passwordSchema,
});

/** Deleting needs the password, or for an account without one, its email typed out. */
export const deleteAccountSchema = z.strictObject({
  password: z.string().max(200).optional(),
  confirmEmail: z.string().max(254).optional(),
});
