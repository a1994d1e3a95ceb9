import { isIP } from "node:net";

/** Header server.ts sets from the TCP peer address; any value a client sends is overwritten. */
export const CLIENT_IP_HEADER = "x-sdp-client-ip";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientIpFrom(headers: HeaderBag): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  return ip || "unknown";
}

/**
 * The client's address for per-IP limits. With no trusted proxies it is the TCP peer. Behind
 * `trustedHops` reverse proxies, each of which appends the address it received the request from
 * to X-Forwarded-For, the client is the entry that many places from the right; entries further
 * left were written by the client and are ignored. A missing or malformed header falls back to
 * the peer, so a misconfigured proxy cannot merge everyone into one budget by accident.
 */
export function resolveClientIp(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const fallback = peer || "unknown";
  if (trustedHops <= 0 || forwardedFor === undefined) return fallback;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const candidate = chain[chain.length - trustedHops];
  return candidate && isIP(candidate) ? candidate : fallback;
}
