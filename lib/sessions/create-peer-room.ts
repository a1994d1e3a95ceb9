import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requireActiveQuestionId } from "@/lib/questions/queries";
import { peerRooms, practiceSessions, roomInvites, sessionParticipants, userSettings } from "@/db/schema";
import { touchUserData } from "@/lib/users/touch-user-data";
import { newInviteToken } from "./invite-token";
import type { CreateRoomInput } from "./schemas";

/**
 * Creates a peer room and its first round, waiting in the lobby: the creator takes the seat they
 * chose and gets an invite link for the other one. The clock starts when the interviewer says so.
 */
export async function createPeerRoom(db: Db, userId: string, input: CreateRoomInput): Promise<{ id: string; roomId: string }> {
  const questionId = await requireActiveQuestionId(db, input.questionSlug);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const [room] = await tx.insert(peerRooms).values({ createdBy: userId }).returning({ id: peerRooms.id });
    await tx.insert(roomInvites).values({ token: newInviteToken(), roomId: room!.id });
    const [session] = await tx
      .insert(practiceSessions)
      .values({ questionId, plan: input.plan, createdBy: userId, mode: "peer", status: "lobby", roomId: room!.id, round: 1, targetLevel: input.targetLevel ?? null })
      .returning({ id: practiceSessions.id });
    await tx.insert(sessionParticipants).values({ sessionId: session!.id, userId, role: input.role });
    await touchUserData(tx, userId);
    if (input.saveAsDefault) {
      await tx
        .insert(userSettings)
        .values({ userId, defaultPlan: input.plan })
        .onConflictDoUpdate({ target: userSettings.userId, set: { defaultPlan: input.plan, updatedAt: sql`now()` } });
    }
    return { id: session!.id, roomId: room!.id };
  });
}
