// The chat shows text and links, nothing else: [label](https://...) and bare http(s) addresses
// become links; every other character, HTML and Markdown included, stays plain text.

export type ChatSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const MARKDOWN_LINK = /\[([^\[\]\n]{1,300})\]\(([^()\s]{1,2000})\)/y;
const BARE_URL = /https?:\/\/[^\s<>"'`\[\]()]+/iy;
/** Punctuation that ends a sentence rather than an address: "see https://x.org." */
const TRAILING = /[.,;:!?]+$/;

/** The address as a link target when it is an absolute http(s) URL; null for anything else (javascript:, data:, relative). */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits a message into plain text and links, in order. */
export function chatSegments(text: string): ChatSegment[] {
  const segments: ChatSegment[] = [];
  let plain = "";
  const flush = () => {
    if (plain) segments.push({ kind: "text", text: plain });
    plain = "";
  };
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === "[") {
      MARKDOWN_LINK.lastIndex = at;
      const match = MARKDOWN_LINK.exec(text);
      const href = match && safeHref(match[2]!);
      if (match && href) {
        flush();
        segments.push({ kind: "link", text: match[1]!, href });
        at += match[0].length;
        continue;
      }
    } else if (char === "h" || char === "H") {
      BARE_URL.lastIndex = at;
      const match = BARE_URL.exec(text);
      const previous = at > 0 ? text[at - 1]! : " ";
      if (match && !/[\p{L}\p{N}]/u.test(previous)) {
        const address = match[0].replace(TRAILING, "");
        const href = safeHref(address);
        if (href) {
          flush();
          segments.push({ kind: "link", text: address, href });
          at += address.length;
          continue;
        }
      }
    }
    plain += char;
    at += 1;
  }
  flush();
  return segments;
}
