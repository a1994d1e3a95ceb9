import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { isSessionCurrent } from "@/lib/users/session-version";
import { decodeSessionToken } from "./decode-session-token";

export type SessionUser = { id: string; name: string; email: string };

/** The signed-in user for a server component, route handler or server action; null if none. */
export async function currentUser(): Promise<SessionUser | null> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const token = await getToken({
    req: {
      cookies: Object.fromEntries(cookieStore.getAll().map((cookie) => [cookie.name, cookie.value])),
      headers: Object.fromEntries(headerStore.entries()),
    } as never,
    secret: env().NEXTAUTH_SECRET,
    decode: decodeSessionToken,
  });
  // A cookie from before a sign-out (here or on another device) is still well-signed: the stored
  // session version is what ends it.
  if (typeof token?.sub !== "string" || !(await isSessionCurrent(getDb(), token))) return null;
  return { id: token.sub, name: typeof token.name === "string" ? token.name : "", email: typeof token.email === "string" ? token.email : "" };
}
