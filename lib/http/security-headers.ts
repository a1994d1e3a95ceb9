import type { IncomingMessage, ServerResponse } from "node:http";

// Headers every response carries. The Content-Security-Policy here holds only what cannot break
// a page (framing, <base>, plugins); a script policy with per-response nonces is still to come,
// because the bank's pages are served from a shared cache and a cached nonce is no nonce.
const ALWAYS: Record<string, string> = {
  "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
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

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, trustProxyHops: number): void {
  for (const [name, value] of Object.entries(ALWAYS)) res.setHeader(name, value);
  // Only over https: over plain http a browser ignores it, and it must never pin a dev machine.
  if (servedOverHttps(req, trustProxyHops)) res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
}
