import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import {
  checklistTicks,
  grades,
  oauthAccounts,
  peerRooms,
  roadmapTicks,
  roomInvites,
  userRoadmaps,
  userSettings,
  users,
} from "@/db/schema";
import { AppError, notFound } from "@/lib/http/errors";
import { confirmOwnPassword } from "./confirm-password";
import type { deleteAccountSchema } from "./schemas";

/** How a deleted account appears in the peer sessions it shared with others. */
export const FORMER_MEMBER_NAME = "a former member";

/**
 * Deletes the account. Everything that is the user's alone goes: solo sessions (with their notes,
 * board, grades and replay), self-grades, readiness ticks, roadmap, settings and sign-in links.
 * Peer sessions are shared with someone else, so they stay readable for the others: the user's
 * row remains as an empty tombstone named "a former member", with no email, password or way in.
 */
export async function deleteAccount(db: Db, userId: string, input: z.infer<typeof deleteAccountSchema>): Promise<void> {
  const [account] = await db
    .select({ email: users.email, passwordHash: users.passwordHash, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!account || account.deletedAt) throw notFound("That account");
  if (account.passwordHash) {
    if (!input.password) throw new AppError("BAD_REQUEST", "Enter your password to delete your account.");
    await confirmOwnPassword(db, userId, input.password);
  } else if (input.confirmEmail?.trim().toLowerCase() !== account.email.toLowerCase()) {
    throw new AppError("BAD_REQUEST", "Type your email address to confirm that you want to delete your account.");
  }

  await db.transaction(async (tx) => {
    // Sessions nobody else (still a member) took part in are the user's alone: solo ones, and
    // peer rounds nobody joined or whose partners have gone too.
    await tx.execute(sql`
      delete from practice_sessions s
      where exists (select 1 from session_participants p where p.session_id = s.id and p.user_id = ${userId}::uuid)
        and not exists (
          select 1 from session_participants p join users u on u.id = p.user_id
          where p.session_id = s.id and p.user_id <> ${userId}::uuid and u.deleted_at is null
        )`);
    // Rooms left without a round, and the invite links of the user's remaining rooms.
    await tx.delete(peerRooms).where(and(eq(peerRooms.createdBy, userId), sql`not exists (select 1 from practice_sessions s where s.room_id = ${peerRooms.id})`));
    await tx
      .update(roomInvites)
      .set({ revokedAt: sql`now()` })
      .where(and(isNull(roomInvites.revokedAt), inArray(roomInvites.roomId, tx.select({ id: peerRooms.id }).from(peerRooms).where(eq(peerRooms.createdBy, userId)))));
    await tx.delete(grades).where(and(eq(grades.graderId, userId), eq(grades.kind, "self")));
    for (const table of [checklistTicks, roadmapTicks, userRoadmaps, userSettings, oauthAccounts]) {
      await tx.delete(table).where(eq(table.userId, userId));
    }
    await tx
      .update(users)
      .set({
        name: FORMER_MEMBER_NAME,
        // The unique email index needs a value; this one can never receive mail or sign in.
        email: `deleted-${userId}@deleted.invalid`,
        passwordHash: null,
        deletedAt: sql`now()`,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        dataVersion: sql`${users.dataVersion} + 1`,
      })
      .where(eq(users.id, userId));
    // The others' pages name the user differently now.
    await tx.execute(
      sql`update users set data_version = data_version + 1 where id in (select distinct p.user_id from session_participants p where p.session_id in (select session_id from session_participants where user_id = ${userId}::uuid))`,
    );
  });
}
