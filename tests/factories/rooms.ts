import type { Db } from "@/db/client";
import { createPeerRoom } from "@/lib/sessions/create-peer-room";
import { joinRoom } from "@/lib/sessions/join-room";
import { DEFAULT_PLAN, type Plan } from "@/lib/sessions/plan";
import { currentInviteToken } from "@/lib/sessions/room-queries";
import { startClock } from "@/lib/sessions/start-clock";
import { createUser } from "./users";

/** A peer room whose creator took `role`; returns the first round's id and the invite token. */
export async function createTestRoom(db: Db, creatorId: string, role: "interviewer" | "candidate" = "interviewer", plan: Plan = DEFAULT_PLAN, questionSlug = "url-shortener") {
  const { id, roomId } = await createPeerRoom(db, creatorId, { questionSlug, plan, role, saveAsDefault: false });
  return { id, roomId, token: (await currentInviteToken(db, roomId))! };
}

/** An interviewer and a candidate in a room, optionally with the clock started. */
export async function seatedRoom(db: Db, options: { start?: boolean; plan?: Plan } = {}) {
  const interviewer = await createUser(db, { name: "Ivy Interviewer" });
  const candidate = await createUser(db, { name: "Cam Candidate" });
  const room = await createTestRoom(db, interviewer.id, "interviewer", options.plan);
  await joinRoom(db, candidate.id, room.token);
  if (options.start) await startClock(db, room.id, interviewer.id);
  return { ...room, interviewer, candidate };
}
