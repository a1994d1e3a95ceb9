import { chatHistoryQuerySchema, chatHistorySchema, meetingLinkSchema, observerChatSchema } from "@/lib/sessions/chat/schemas";
import { sessionSnapshotSchema } from "@/lib/sessions/schemas";
import type { ApiOperation } from "../operation";
import { NOT_IN_SESSION, sessionPathParams } from "./practice";

const ROUND_OVER = "The round is over (or this is a solo session), so this can no longer change.";

/** The chat and the meeting link of a peer room. Messages themselves are sent over the socket ("chat:send"). */
export const roomChatOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/practice/{id}/chat",
    tag: "rooms",
    summary: "A peer round's chat",
    description:
      "Every message of the round's chat, oldest first, with sender and time. Everyone in the round (observers too) reads the same chat; messages are sent over the live connection with the \"chat:send\" event and arrive as \"chat:message\".",
    auth: "session",
    pathParams: sessionPathParams,
    query: chatHistoryQuerySchema,
    responses: { 200: { description: "The messages.", schema: chatHistorySchema } },
    errors: { 404: `${NOT_IN_SESSION} Solo sessions have no chat.` },
  },
  {
    method: "put",
    path: "/api/practice/{id}/meeting-link",
    tag: "rooms",
    summary: "Share, replace or clear the room's meeting link",
    description: "\"Use another call app\": a Meet, Zoom or Jitsi link (http or https) shown to everyone in the room; null clears it.",
    auth: "session",
    pathParams: sessionPathParams,
    body: { schema: meetingLinkSchema },
    responses: { 200: { description: "The session as you now see it, with the link in room.meetingUrl.", schema: sessionSnapshotSchema } },
    errors: { 403: "Observers cannot share a meeting link.", 404: NOT_IN_SESSION, 409: ROUND_OVER },
  },
  {
    method: "put",
    path: "/api/practice/{id}/observer-chat",
    tag: "rooms",
    summary: "Let observers write in the chat, or stop them",
    description: "The interviewer's choice; observers can always read the chat. Off by default.",
    auth: "session",
    pathParams: sessionPathParams,
    body: { schema: observerChatSchema },
    responses: { 200: { description: "The session as you now see it, with room.observersMayChat.", schema: sessionSnapshotSchema } },
    errors: { 403: "Only the interviewer decides.", 404: NOT_IN_SESSION, 409: ROUND_OVER },
  },
];
