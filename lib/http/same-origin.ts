import type { IncomingHttpHeaders } from "node:http";

// Cross-site request forgery and WebSocket hijacking: a page on another site (or on another port
// of this host, which browsers count as the same site and send cookies to) must not act with the
// visitor's session. Browsers say where a request comes from: Origin on every POST, PUT, PATCH,
// DELETE and WebSocket handshake, and Sec-Fetch-Site on every request. A request with neither
// comes from a program (curl, a script, a test), which holds its own cookie and so borrows no
// one's authority.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The origins this app is served at: NEXTAUTH_URL's and any listed in APP_ORIGINS. A request's
 * own Host also counts (see isOwnOrigin), so a deployment behind a proxy that passes the Host on
 * needs no list.
 */
export function appOrigins(config: { NEXTAUTH_URL: string; APP_ORIGINS?: string[] }): Set<string> {
  return new Set([new URL(config.NEXTAUTH_URL).origin, ...(config.APP_ORIGINS ?? []).map((origin) => new URL(origin).origin)]);
}

/** Whether `origin` (an Origin header) is this app: one of `allowed`, or the host the request was sent to. */
export function isOwnOrigin(origin: string, host: string | undefined, allowed: Set<string>): boolean {
  let url: URL;
  try {
    url = new URL(origin); // "null" (sandboxed frames, data: and file: pages) does not parse
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (allowed.has(url.origin)) return true;
  return host !== undefined && url.host === host.toLowerCase();
}

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Why a state-changing request must be refused as coming from another site, or null when it may
 * go on. Safe methods always go on: they change nothing.
 */
export function crossSiteRefusal(method: string | undefined, headers: IncomingHttpHeaders, allowed: Set<string>): string | null {
  if (SAFE_METHODS.has((method ?? "GET").toUpperCase())) return null;
  const origin = header(headers, "origin");
  const fetchSite = header(headers, "sec-fetch-site");
  const host = header(headers, "host");
  if (origin !== undefined) {
    return isOwnOrigin(origin, host, allowed) ? null : `This request came from another site (${origin.slice(0, 100)}), so it was refused. Use the app's own pages.`;
  }
  if (fetchSite !== undefined && fetchSite !== "same-origin") {
    return "This request came from another site, so it was refused. Use the app's own pages.";
  }
  return null;
}

/** Why a socket.io handshake must be refused, or null: a browser page of another origin may not open the live connection. */
export function handshakeOriginRefusal(headers: IncomingHttpHeaders, allowed: Set<string>): string | null {
  const origin = header(headers, "origin");
  if (origin === undefined || isOwnOrigin(origin, header(headers, "host"), allowed)) return null;
  return `forbidden: a page at ${origin.slice(0, 100)} may not open this app's live connection`;
}
