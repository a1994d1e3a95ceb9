import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roomInvites } from "@/db/schema";
import { forbidden } from "@/lib/http/errors";
import { newInviteToken } from "./invite-token";
import { canManageInvite } from "./permissions";
import { invitePath } from "./room-queries";
import { runSessionVerb } from "./run-verb";

/** Replaces the room's invite link; the old one stops working at once (and says so). */
export async function regenerateInvite(db: Db, sessionId: string, userId: string): Promise<{ invitePath: string }> {
  return runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (!canManageInvite(access) || !session.roomId) throw forbidden("Only the interviewer and the candidate can change the invite link, before the round ends.");
    await tx
      .update(roomInvites)
      .set({ revokedAt: sql`clock_timestamp()` })
      .where(and(eq(roomInvites.roomId, session.roomId), isNull(roomInvites.revokedAt)));
    const token = newInviteToken();
    await tx.insert(roomInvites).values({ token, roomId: session.roomId });
    return { result: { invitePath: invitePath(token) } };
  });
}
