import type { IncomingMessage, ServerResponse } from "node:http";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

// Headers every response carries, with the Content-Security-Policy (see content-security-policy.ts).
const ALWAYS: Record<string, string> = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
};

/**
 * Whether the visitor reached the app over https: the connection itself, or (behind trusted
 * proxies) the scheme the outermost one reports.
 */
export function servedOverHttps(req: IncomingMessage, trustProxyHops: number): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (trustProxyHops < 1) return false;
  const forwarded = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]!.trim().toLowerCase();
  return forwarded === "https";
}

/**
 * Sets the security headers, with a fresh script nonce. The policy is also put on the request,
 * where Next.js reads the nonce from and adds it to the scripts it renders.
 */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, trustProxyHops: number, dev = false): void {
  for (const [name, value] of Object.entries(ALWAYS)) res.setHeader(name, value);
  const policy = contentSecurityPolicy({ nonce: newNonce() }, dev);
  req.headers["content-security-policy"] = policy;
  res.setHeader("content-security-policy", policy);
  // Only over https: over plain http a browser ignores it, and it must never pin a dev machine.
  if (servedOverHttps(req, trustProxyHops)) res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
}
