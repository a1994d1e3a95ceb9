import { createHash, randomBytes } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

/**
 * The app's Content-Security-Policy. Scripts run only from the app's own origin or inline with
 * this response's nonce (Next.js puts it on every script it renders when it finds it in the
 * request's own CSP header) — or, for pages replayed from the shared page cache, inline scripts
 * whose SHA-256 is listed: a nonce stored in a shared copy would be known to everyone.
 * Styles may be inline: Excalidraw and CodeMirror set style attributes and <style> elements.
 * Never 'unsafe-eval' in production; the dev server's hot reload needs it.
 */
export function contentSecurityPolicy(scripts: { nonce: string } | { hashes: string[] }, dev = false): string {
  const allowed = "nonce" in scripts ? [`'nonce-${scripts.nonce}'`] : scripts.hashes.map((hash) => `'sha256-${hash}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${allowed.join(" ")}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export const newNonce = () => randomBytes(16).toString("base64");

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The SHA-256 (base64) of every inline script in an HTML document, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[1]) hashes.add(createHash("sha256").update(match[1], "utf8").digest("base64"));
  }
  return [...hashes];
}

/** A stored body as text, whatever content coding Next sent it in. */
export function decodeBody(body: Buffer, encoding: string): string {
  const decode = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }[encoding];
  return (decode ? decode(body) : body).toString("utf8");
}
