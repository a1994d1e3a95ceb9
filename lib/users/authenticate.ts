import type { Db } from "@/db/client";
import { addPoint, consumeOrThrow, limits, resetLimit, spentPoints } from "@/lib/rate-limit/limiters";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { findUserByEmail } from "./queries";
import { signInSchema, type PublicUser } from "./schemas";

export const TOO_MANY_SIGN_INS = "Too many sign-in attempts.";

/** How long a sign-in waits after `failures` failed attempts on its account from any IP. */
export function signInDelayMs(failures: number): number {
  const { afterFailures, firstDelayMs, maxDelayMs } = limits().signInAccountSlowdown;
  if (failures < afterFailures) return 0;
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(failures - afterFailures, 30));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. Returns null for any wrong combination, the same way whether or
 * not the account exists; throws RATE_LIMITED after too many attempts per IP, or per account from
 * one IP. Failures spread over many IPs slow the account's sign-ins down but never refuse them,
 * so nobody can lock an owner out of their own account.
 */
export async function authenticateWithPassword(db: Db, raw: unknown, clientIp: string): Promise<PublicUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await consumeOrThrow(limits().signInIp, clientIp, TOO_MANY_SIGN_INS);
  const pair = `${email}|${clientIp}`;
  await consumeOrThrow(limits().signInAccountIp, pair, TOO_MANY_SIGN_INS);
  const { signInAccountSlowdown: slowdown } = limits();
  await sleep(signInDelayMs(await spentPoints(slowdown, email)));

  const user = await findUserByEmail(db, email);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    if (!user?.passwordHash) await burnPasswordCheck(password);
    await addPoint(slowdown, email);
    return null;
  }
  await Promise.all([resetLimit(limits().signInAccountIp, pair), resetLimit(slowdown, email)]);
  return { id: user.id, email: user.email, name: user.name };
}
