import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { peerRooms } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import { canAllowObserverChat } from "./permissions";
import { runSessionVerb } from "./run-verb";

/** The interviewer opens the room's chat to observers for writing, or closes it again. */
export async function allowObserverChat(db: Db, sessionId: string, userId: string, allowed: boolean): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (!canAllowObserverChat(access)) {
      if (access.mode === "peer" && access.role !== "interviewer") throw forbidden("Only the interviewer decides whether observers may write in the chat.");
      throw new AppError("CONFLICT", access.mode === "solo" ? "Solo sessions have no chat." : "This round is over; its chat is read-only.");
    }
    await tx.update(peerRooms).set({ observersMayChat: allowed }).where(eq(peerRooms.id, session.roomId!));
    return { result: undefined };
  });
}
