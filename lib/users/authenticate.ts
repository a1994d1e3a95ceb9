import type { Db } from "@/db/client";
import { consumeOrThrow, limits, resetLimit } from "@/lib/rate-limit/limiters";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { findUserByEmail } from "./queries";
import { signInSchema, type PublicUser } from "./schemas";

export const TOO_MANY_SIGN_INS = "Too many sign-in attempts.";

/**
 * Checks an email and password. Returns null for any wrong combination, the same way whether or
 * not the account exists; throws RATE_LIMITED after too many attempts per account or per IP.
 */
export async function authenticateWithPassword(db: Db, raw: unknown, clientIp: string): Promise<PublicUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await consumeOrThrow(limits().signInIp, clientIp, TOO_MANY_SIGN_INS);
  await consumeOrThrow(limits().signInAccount, email, TOO_MANY_SIGN_INS);

  const user = await findUserByEmail(db, email);
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await resetLimit(limits().signInAccount, email);
  return { id: user.id, email: user.email, name: user.name };
}
