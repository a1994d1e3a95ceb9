import { z } from "zod";
import type { ApiOperation } from "../operation";

// next-auth v4 serves these under /api/auth/[...nextauth]; the shapes are its own, described
// here as the app's pages use them (next-auth/react's signIn, signOut and useSession).

const csrfToken = z.string().min(1).describe("From GET /api/auth/csrf; it must match the CSRF cookie set there.");
const asJson = z.literal("true").optional().describe('"true" answers 200 with { url } instead of a 302 to that url.');
const callbackUrl = z.string().optional().describe("Where to go afterwards: a path of this app (other origins are replaced by /).");

/** Where next-auth would send the browser; on a failed sign-in it carries ?error=<reason>. */
const redirectTarget = z.strictObject({ url: z.string() });
const redirected = (what: string): ApiOperation["responses"] => ({
  200: { description: `With json=true: where to go next. ${what}`, schema: redirectTarget },
  302: { description: "Without json=true: a redirect to the same address.", headers: { Location: "Where to go next." } },
});

export const authOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/auth/csrf",
    tag: "auth",
    summary: "A CSRF token for the sign-in and sign-out forms",
    description: "Also sets the CSRF cookie the token is checked against.",
    auth: "none",
    responses: { 200: { description: "The token.", schema: z.strictObject({ csrfToken: z.string() }) } },
  },
  {
    method: "get",
    path: "/api/auth/providers",
    tag: "auth",
    summary: "The ways to sign in",
    description: "Always email and password (credentials); GitHub and Google when their keys are configured.",
    auth: "none",
    responses: {
      200: {
        description: "The providers by id.",
        schema: z.record(
          z.string(),
          z.strictObject({ id: z.string(), name: z.string(), type: z.enum(["credentials", "oauth", "oidc", "email"]), signinUrl: z.string(), callbackUrl: z.string() }),
        ),
      },
    },
  },
  {
    method: "get",
    path: "/api/auth/session",
    tag: "auth",
    summary: "Who is signed in",
    description: "An empty object when nobody is (or the session was ended by a sign-out elsewhere, in which case the cookie is cleared).",
    auth: "none",
    responses: {
      200: {
        description: "The session, or {}.",
        schema: z.union([
          z.strictObject({
            user: z.strictObject({ id: z.uuid(), name: z.string().nullable(), email: z.string().nullable(), image: z.string().nullable().optional() }),
            expires: z.iso.datetime(),
          }),
          z.strictObject({}),
        ]),
      },
    },
  },
  {
    method: "post",
    path: "/api/auth/callback/credentials",
    tag: "auth",
    summary: "Sign in with email and password",
    description:
      "Sets the session cookie on success. A wrong password, a missing CSRF token and too many attempts all answer with a url carrying ?error= (or ?csrf=true) instead of a status: attempts are limited per IP and per account.",
    auth: "none",
    body: {
      contentType: "application/x-www-form-urlencoded",
      schema: z.strictObject({ csrfToken, email: z.string(), password: z.string(), callbackUrl, json: asJson, redirect: z.string().optional() }),
    },
    responses: redirected("On success the url is the callbackUrl; on failure it is /signin with ?error=<reason>."),
    errors: { 400: "next-auth could not handle the request (a malformed body)." },
  },
  {
    method: "get",
    path: "/api/auth/callback/{provider}",
    tag: "auth",
    summary: "Where GitHub or Google send the browser back",
    description: "Completes an OAuth sign-in and redirects into the app. Password sign-in only takes the form's POST, so credentials answers 405.",
    auth: "none",
    pathParams: z.strictObject({ provider: z.enum(["github", "google", "credentials"]) }),
    responses: { 302: { description: "Into the app, or to /signin with ?error=<reason>.", headers: { Location: "Where to go next." } } },
    errors: { 400: "That provider is not configured (its keys are not set), or next-auth could not handle the request.", 405: "The provider is credentials: sign in with the form's POST." },
  },
  {
    method: "post",
    path: "/api/auth/signin/{provider}",
    tag: "auth",
    summary: "Start signing in with GitHub or Google",
    description: "Only when that provider's keys are configured.",
    auth: "none",
    pathParams: z.strictObject({ provider: z.enum(["github", "google"]) }),
    body: { contentType: "application/x-www-form-urlencoded", schema: z.strictObject({ csrfToken, callbackUrl, json: asJson }) },
    responses: redirected("The provider's authorization page, or /signin with ?csrf=true when the token does not match."),
    errors: { 400: "That provider is not configured (its keys are not set), or next-auth could not handle the request." },
  },
  {
    method: "post",
    path: "/api/auth/signout",
    tag: "auth",
    summary: "Sign out",
    description: "Clears the cookie and ends every session of the user on every device.",
    auth: "none",
    body: { contentType: "application/x-www-form-urlencoded", schema: z.strictObject({ csrfToken, callbackUrl, json: asJson }) },
    responses: redirected("The callbackUrl, or /api/auth/signout?csrf=true when the token does not match."),
    errors: { 400: "next-auth could not handle the request." },
  },
];
