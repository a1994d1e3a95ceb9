// The chat's and the meeting link's rules as plain functions, shared by the zod schemas
// (./schemas.ts, on the server) and the room's forms, so that the room's script needs no zod.

/** The longest chat message, in characters: the chat is for links and short remarks. */
export const MAX_CHAT_CHARS = 1000;
/** How many messages one round's chat holds; a flood that slips under the rate limit stops here. */
export const MAX_CHAT_MESSAGES = 1000;

/** Why a message cannot be sent, in words its writer understands; null when it can. */
export function chatBodyProblem(body: string): string | null {
  const length = [...body.trim()].length;
  if (length === 0) return "Write something before sending.";
  if (length > MAX_CHAT_CHARS) {
    return `That message is ${length.toLocaleString("en")} characters long; the chat takes at most ${MAX_CHAT_CHARS.toLocaleString("en")}. Shorten it, or put longer text in the notes.`;
  }
  return null;
}

export const MAX_MEETING_URL_CHARS = 2000;
export const MEETING_URL_TOO_LONG = "is longer than 2,000 characters";
export const MEETING_URL_NOT_WEB = "must be a web address starting with https:// or http:// (such as https://meet.example.org/abc-defg)";

/** Whether a (trimmed) meeting link is an http(s) address with a host. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A meeting link as the room stores it (trimmed), or what is wrong with it, as meetingLinkSchema says. */
export function checkMeetingUrl(value: string): { url: string; problem: null } | { url: null; problem: string } {
  const url = value.trim();
  if (url.length > MAX_MEETING_URL_CHARS) return { url: null, problem: MEETING_URL_TOO_LONG };
  if (!isWebAddress(url)) return { url: null, problem: MEETING_URL_NOT_WEB };
  return { url, problem: null };
}
