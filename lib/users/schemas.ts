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

export const signUpSchema = z
  .object({
    name: z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(80, "Use at most 80 characters for your name"),
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
