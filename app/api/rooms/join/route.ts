import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseJsonBody, route } from "@/lib/http/route";
import { requireUser } from "@/lib/http/session-route";
import { joinRoom } from "@/lib/sessions/join-room";
import { joinRoomSchema } from "@/lib/sessions/schemas";

export const dynamic = "force-dynamic";

/** Takes the free seat (or an observer's place) of the room an invite token belongs to. */
export const POST = route(async (request) => {
  const user = await requireUser();
  const { token } = await parseJsonBody(request, joinRoomSchema);
  return NextResponse.json(await joinRoom(getDb(), user.id, token), { status: 201 });
});
