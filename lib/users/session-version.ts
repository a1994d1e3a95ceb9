import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** The user's current session version; undefined for a user that does not exist (any more). */
export async function getSessionVersion(db: Db, userId: string): Promise<number | undefined> {
  const [row] = await db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.version;
}

/** Ends every session of the user: cookies issued before now stop working everywhere. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/**
 * Whether a decoded session token still stands: its user exists and it was issued at the user's
 * current version (a token from before versions existed counts as version 0).
 */
export async function isSessionCurrent(db: Db, token: { sub?: unknown; sv?: unknown } | null): Promise<boolean> {
  if (typeof token?.sub !== "string") return false;
  const current = await getSessionVersion(db, token.sub);
  return current !== undefined && current === (typeof token.sv === "number" ? token.sv : 0);
}
