import { parse as parseCookies } from "cookie";
import type { IncomingMessage } from "node:http";
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/decode-session-token";

/** Reads the next-auth session cookie of a socket's handshake; returns the user id or null. */
export async function userIdFromHandshake(request: IncomingMessage, secret: string): Promise<string | null> {
  const cookies = parseCookies(request.headers.cookie ?? "");
  const token = await getToken({
    req: { headers: request.headers as Record<string, string>, cookies } as never,
    secret,
    decode: decodeSessionToken,
  }).catch(() => null);
  return typeof token?.sub === "string" ? token.sub : null;
}
