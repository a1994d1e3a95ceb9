import { createdRoomSchema, createRoomSchema, joinedRoomSchema, joinRoomSchema } from "@/lib/sessions/schemas";
import type { ApiOperation } from "../operation";

export const roomOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/rooms",
    tag: "rooms",
    summary: "Create a peer room",
    description: "Its first round waits in the lobby with you in the seat you chose; the snapshot of the round holds the invite link for the other seat.",
    auth: "session",
    body: { schema: createRoomSchema },
    responses: { 201: { description: "The first round's session and the room.", schema: createdRoomSchema } },
    errors: { 404: "No question has that slug." },
  },
  {
    method: "post",
    path: "/api/rooms/join",
    tag: "rooms",
    summary: "Take a seat with an invite token",
    description: "The free interviewer or candidate seat of the room's current round, or else one of three observers' places. A token that never existed is a 404, so nothing tells a guesser that rooms exist.",
    auth: "session",
    body: { schema: joinRoomSchema },
    responses: { 201: { description: "The round you joined and your role in it.", schema: joinedRoomSchema } },
    errors: {
      404: "No invite has that token.",
      409: "You are already in the room, the room is full, or its round has finished.",
      410: "The link was replaced by a new one.",
    },
  },
];
