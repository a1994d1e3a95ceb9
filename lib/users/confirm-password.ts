import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError, notFound } from "@/lib/http/errors";
import { consumeOrThrow, limits } from "@/lib/rate-limit/limiters";
import { verifyPassword } from "./passwords";

/**
 * Checks the signed-in user's own password before a change that needs it. Limited per user, so a
 * stolen session cannot be used to guess the password behind it.
 */
export async function confirmOwnPassword(db: Db, userId: string, password: string): Promise<void> {
  await consumeOrThrow(limits().passwordConfirmUser, userId, "Too many password attempts.");
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (!row) throw notFound("That account");
  if (!row.passwordHash) throw new AppError("BAD_REQUEST", "This account has no password: it signs in through GitHub or Google.");
  if (!(await verifyPassword(row.passwordHash, password))) throw new AppError("BAD_REQUEST", "That is not your current password.");
}
