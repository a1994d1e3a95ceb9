import { parse as parseCookies } from "cookie";
import type { IncomingMessage } from "node:http";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { decodeSessionToken } from "@/lib/auth/decode-session-token";
import { isSessionCurrent } from "@/lib/users/session-version";

/**
 * Reads the next-auth session cookie of a socket's handshake (or of any request, for the page
 * cache); returns the user id, or null when there is none or it was ended by a sign-out.
 */
export async function userIdFromHandshake(request: IncomingMessage, secret: string, db: Db): Promise<string | null> {
  const cookies = parseCookies(request.headers.cookie ?? "");
  const token = await getToken({
    req: { headers: request.headers as Record<string, string>, cookies } as never,
    secret,
    decode: decodeSessionToken,
  }).catch(() => null);
  if (typeof token?.sub !== "string" || !(await isSessionCurrent(db, token))) return null;
  return token.sub;
}
