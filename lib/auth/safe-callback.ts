const PLACEHOLDER = "http://placeholder.invalid";
const MAX_LENGTH = 500;
// Browsers drop tabs and newlines from a URL and trim spaces, so "/\t/evil.test" becomes
// "//evil.test"; Node refuses control characters in a header (a 500). \s covers U+3000 and kin.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

/** Only a path on this site may be used as a post-sign-in destination; anything else gets `fallback`. */
export function safeCallbackUrl(value: unknown, fallback = "/questions"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > MAX_LENGTH || UNSAFE.test(value)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value, PLACEHOLDER);
  } catch {
    return fallback;
  }
  if (parsed.origin !== PLACEHOLDER) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // Dot segments can collapse to "//host" after parsing ("/..//evil.test").
  if (path.startsWith("//") || path.length > MAX_LENGTH) return fallback;
  return path;
}

/**
 * next-auth's redirect callback (OAuth and sign-out destinations): an absolute URL on this site is
 * reduced to its path, then checked like any other destination.
 */
export function safeAuthRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let path: string | undefined = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      path = parsed.origin === new URL(baseUrl).origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : undefined;
    } catch {
      path = undefined;
    }
  }
  return `${baseUrl.replace(/\/+$/, "")}${safeCallbackUrl(path, "/")}`;
}
