import { z } from "zod";
import { isWebAddress, MAX_MEETING_URL_CHARS, MEETING_URL_NOT_WEB, MEETING_URL_TOO_LONG } from "./limits";

export { chatBodyProblem, MAX_CHAT_CHARS, MAX_CHAT_MESSAGES } from "./limits";

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

const httpUrl = z
  .string()
  .trim()
  .max(MAX_MEETING_URL_CHARS, { error: MEETING_URL_TOO_LONG })
  .refine(isWebAddress, { error: MEETING_URL_NOT_WEB });

/** "Use another call app": a meeting link to show everyone, or null to clear it. */
export const meetingLinkSchema = z.strictObject({ url: httpUrl.nullable() });

/** The interviewer opens the chat to observers, or closes it again. */
export const observerChatSchema = z.strictObject({ allowed: z.boolean() });
