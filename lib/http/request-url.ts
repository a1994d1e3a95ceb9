/**
 * Whether a request's path is percent-encoded correctly. Next.js decodes dynamic segments with
 * decodeURIComponent and answers a 500 when that throws ("%ED%A0%80", half an emoji, or a stray
 * "%"), so such paths are refused at the edge as the client's mistake.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  const pathname = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
