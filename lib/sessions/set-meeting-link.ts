import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { peerRooms } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import { canSetMeetingLink } from "./permissions";
import { runSessionVerb } from "./run-verb";

/**
 * "Use another call app": sets, replaces or (with null) clears the room's meeting link, which
 * everyone in the room then sees. The link was checked to be http(s) at the edge.
 */
export async function setMeetingLink(db: Db, sessionId: string, userId: string, url: string | null): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (!canSetMeetingLink(access)) {
      if (access.role === "observer") throw forbidden("Only the interviewer and the candidate can share a meeting link.");
      throw new AppError("CONFLICT", access.mode === "solo" ? "Solo sessions have no call." : "This round is over; its meeting link can no longer change.");
    }
    await tx.update(peerRooms).set({ meetingUrl: url }).where(eq(peerRooms.id, session.roomId!));
    return { result: undefined };
  });
}
