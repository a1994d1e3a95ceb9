import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import { confirmOwnPassword } from "./confirm-password";
import { hashPassword } from "./passwords";
import type { changePasswordSchema } from "./schemas";
import type { z } from "zod";

/**
 * Replaces the password once the current one is confirmed, and ends every session (this one
 * included): whoever knew the old password is signed out everywhere.
 */
export async function changePassword(db: Db, userId: string, input: z.infer<typeof changePasswordSchema>): Promise<void> {
  if (input.currentPassword === input.newPassword) throw new AppError("BAD_REQUEST", "Choose a new password that differs from the current one.");
  await confirmOwnPassword(db, userId, input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
