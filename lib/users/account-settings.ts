import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSettings, users } from "@/db/schema";
import { notFound } from "@/lib/http/errors";
import type { AccountSettings, AccountSettingsPatch } from "./schemas";
import { touchUserData } from "./touch-user-data";

export async function getAccountSettings(db: Db, userId: string): Promise<AccountSettings> {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      targetLevel: userSettings.targetLevel,
      sounds: userSettings.sounds,
    })
    .from(users)
    .leftJoin(userSettings, eq(userSettings.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw notFound("That account");
  return { name: row.name, email: row.email, targetLevel: row.targetLevel ?? null, sounds: row.sounds ?? false, hasPassword: row.passwordHash !== null };
}

/** Saves the settings that were sent and leaves the others as they are. */
export async function updateAccountSettings(db: Db, userId: string, patch: AccountSettingsPatch): Promise<AccountSettings> {
  await db.transaction(async (tx) => {
    if (patch.name !== undefined) await tx.update(users).set({ name: patch.name }).where(eq(users.id, userId));
    const preferences = {
      ...(patch.targetLevel !== undefined ? { targetLevel: patch.targetLevel } : {}),
      ...(patch.sounds !== undefined ? { sounds: patch.sounds } : {}),
    };
    if (Object.keys(preferences).length > 0) {
      await tx
        .insert(userSettings)
        .values({ userId, ...preferences })
        .onConflictDoUpdate({ target: userSettings.userId, set: { ...preferences, updatedAt: sql`now()` } });
    }
    // The name shows on the user's cached personal pages.
    await touchUserData(tx, userId);
  });
  return getAccountSettings(db, userId);
}
