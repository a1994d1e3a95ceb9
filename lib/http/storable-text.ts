// PostgreSQL cannot store a NUL character in text, and a lone UTF-16 surrogate (half of an emoji,
// from a broken client or a fuzzer) turns into U+FFFD on the way in. Either would fail deep in a
// write, as a 500, or silently change what the user sent; both are refused at the edge instead.

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** The path ("notes.requirements") of the first string in `value` that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path.join(".") || "the text";
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = isStorableText(key) ? findUnstorableText(item, [...path, key]) : [...path, "(a key)"].join(".");
      if (found) return found;
    }
  }
  return null;
}

export const unstorableTextMessage = (field: string) =>
  `"${field}" contains a character that cannot be saved (a NUL character or a broken half of an emoji). Remove it and try again.`;
