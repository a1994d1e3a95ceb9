import { LRUCache } from "lru-cache";
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

// Decrypting a session cookie derives a key and runs AES-GCM each time; a cookie's contents never
// change, so each one is decoded once and remembered until it expires.
const decoded = new LRUCache<string, JWT>({ max: 20_000, ttl: 10 * 60_000 });

export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const token = params.token;
  if (!token) return null;
  const hit = decoded.get(token);
  if (hit && (typeof hit.exp !== "number" || hit.exp * 1000 > Date.now())) return hit;
  const value = await decode(params);
  if (value) decoded.set(token, value);
  return value;
}
