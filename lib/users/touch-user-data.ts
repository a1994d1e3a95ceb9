import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Marks the users' practice data as changed, so their cached personal pages (history, readiness)
 * are rendered afresh. Every write to sessions, grades, ticks or roadmaps calls this.
 */
export async function touchUserData(db: Db, userIds: string | string[]): Promise<void> {
  const ids = Array.isArray(userIds) ? userIds : [userIds];
  if (ids.length === 0) return;
  await db.update(users).set({ dataVersion: sql`${users.dataVersion} + 1` }).where(inArray(users.id, ids));
}

/** touchUserData for everyone taking part in a session. */
export async function touchSessionParticipants(db: Db, sessionId: string): Promise<void> {
  await db.execute(
    sql`update users set data_version = data_version + 1 where id in (select user_id from session_participants where session_id = ${sessionId}::uuid)`,
  );
}
