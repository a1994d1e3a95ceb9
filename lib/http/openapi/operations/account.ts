import { z } from "zod";
import { defaultPlanSchema } from "@/lib/sessions/schemas";
import type { PublicUser } from "@/lib/users/schemas";
import { signUpSchema } from "@/lib/users/schemas";
import type { ApiOperation } from "../operation";
import type { SameShape } from "../same-shape";

// lib/users has no response schemas of its own yet.
const publicUserSchema = z.strictObject({ id: z.uuid(), email: z.email(), name: z.string() });
const publicUserMatches: SameShape<z.infer<typeof publicUserSchema>, PublicUser> = true;
void publicUserMatches;

export const accountOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/signup",
    tag: "account",
    summary: "Create an account with email and password",
    description: "Sign in afterwards with the credentials sign-in. Accounts created from one network are limited per hour.",
    auth: "none",
    body: { schema: signUpSchema, limitBytes: 4 * 1024 },
    responses: { 201: { description: "The new account.", schema: z.strictObject({ user: publicUserSchema }) } },
    errors: { 409: "An account with that email already exists.", 429: "Too many accounts were created from your network; try again later." },
  },
  {
    method: "put",
    path: "/api/me/default-plan",
    tag: "account",
    summary: "Save your default plan",
    description: "The phases and minutes new sessions start with.",
    auth: "session",
    body: { schema: defaultPlanSchema },
    responses: { 200: { description: "The plan as saved.", schema: defaultPlanSchema } },
  },
  {
    method: "post",
    path: "/api/me/sign-out-everywhere",
    tag: "account",
    summary: "Sign out on every device",
    description: "Ends every session of yours, this one included; signing out does the same.",
    auth: "session",
    responses: { 200: { description: "Every session was ended.", schema: z.strictObject({ signedOut: z.literal("everywhere") }) } },
  },
];
