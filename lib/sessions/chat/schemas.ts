import { z } from "zod";

/** The longest chat message, in characters: the chat is for links and short remarks. */
export const MAX_CHAT_CHARS = 1000;
/** How many messages one round's chat holds; a flood that slips under the rate limit stops here. */
export const MAX_CHAT_MESSAGES = 1000;

const epochMs = z.number().int().describe("Epoch milliseconds.");

/** One chat message as every participant sees it. */
export const chatMessageSchema = z.strictObject({
  seq: z.number().int().min(1).describe("The message's place in the round's chat, from 1."),
  userId: z.uuid(),
  name: z.string().describe("The sender's display name."),
  body: z.string().describe("Plain text; Markdown links [label](https://...) and bare http(s) addresses are shown as links."),
  sentAt: epochMs.describe("When the server stored it, in epoch milliseconds."),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const chatHistoryQuerySchema = z.strictObject({
  after: z.coerce.number({ error: "must be a message number" }).int().min(0).default(0).describe("Only messages after this one (its seq)."),
});

export const chatHistorySchema = z.strictObject({
  messages: z.array(chatMessageSchema).describe("Oldest first."),
});
export type ChatHistory = z.infer<typeof chatHistorySchema>;

/** Why a message cannot be sent, in words its writer understands; null when it can. */
export function chatBodyProblem(body: string): string | null {
  const length = [...body.trim()].length;
  if (length === 0) return "Write something before sending.";
  if (length > MAX_CHAT_CHARS) {
    return `That message is ${length.toLocaleString("en")} characters long; the chat takes at most ${MAX_CHAT_CHARS.toLocaleString("en")}. Shorten it, or put longer text in the notes.`;
  }
  return null;
}

const httpUrl = z
  .string()
  .trim()
  .max(2000, { error: "is longer than 2,000 characters" })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: "must be a web address starting with https:// or http:// (such as https://meet.example.org/abc-defg)" },
  );

/** "Use another call app": a meeting link to show everyone, or null to clear it. */
export const meetingLinkSchema = z.strictObject({ url: httpUrl.nullable() });

/** The interviewer opens the chat to observers, or closes it again. */
export const observerChatSchema = z.strictObject({ allowed: z.boolean() });
