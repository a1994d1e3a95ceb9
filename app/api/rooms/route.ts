import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { createPeerRoom } from "@/lib/sessions/create-peer-room";
import { createRoomSchema } from "@/lib/sessions/schemas";

export const dynamic = "force-dynamic";

/** Creates a peer room: its first round waits in the lobby with the creator in the seat they chose. */
export const POST = route(async (request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, createRoomSchema);
  return NextResponse.json(await createPeerRoom(getDb(), user.id, input), { status: 201 });
});
