/** Only same-site paths may be used as a post-sign-in destination. */
export function safeCallbackUrl(value: unknown, fallback = "/questions"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value.slice(0, 500);
}
