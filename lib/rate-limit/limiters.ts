import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { getRedis, redisKey } from "@/lib/redis";
import { AppError } from "@/lib/http/errors";

type LimiterSpec = { keyPrefix: string; points: number; duration: number };
/** A counter of failures that never refuses: past `afterFailures`, each attempt waits instead. */
type SlowdownSpec = LimiterSpec & { afterFailures: number; firstDelayMs: number; maxDelayMs: number };

/** The limits in force; the per-IP budgets are settings (see README). */
export function limits() {
  const config = env();
  return {
    /**
     * Sign-in attempts per account (email) from one IP, 15 minutes. Per pair, not per account:
     * an account-wide limit lets any IP lock the owner out.
     */
    signInAccountIp: { keyPrefix: "rl:signin:account-ip", points: 5, duration: 15 * 60 },
    /** Failed sign-ins per account from all IPs, 15 minutes: past five, each attempt waits longer, up to 2 s. */
    signInAccountSlowdown: {
      keyPrefix: "rl:signin:account-failures",
      points: Number.MAX_SAFE_INTEGER,
      duration: 15 * 60,
      afterFailures: 5,
      firstDelayMs: 250,
      maxDelayMs: 2000,
    },
    /** Password confirmations (changing it, deleting the account) per signed-in user, 15 minutes. */
    passwordConfirmUser: { keyPrefix: "rl:password-confirm:user", points: 10, duration: 15 * 60 },
    /** Sign-in attempts per client IP, 15 minutes. */
    signInIp: { keyPrefix: "rl:signin:ip", points: config.SIGNIN_ATTEMPTS_PER_IP, duration: 15 * 60 },
    /** Accounts created per client IP, one hour. */
    signUpIp: { keyPrefix: "rl:signup:ip", points: config.SIGNUPS_PER_IP, duration: 60 * 60 },
  } satisfies Record<string, LimiterSpec | SlowdownSpec>;
}

const globalForLimiters = globalThis as unknown as { __sdpLimiters?: Map<string, RateLimiterAbstract> };

/** Redis-backed when REDIS_URL is set (shared by every app instance), in memory otherwise. */
export function limiter({ keyPrefix, points, duration }: LimiterSpec): RateLimiterAbstract {
  const spec = { keyPrefix, points, duration };
  const cache = (globalForLimiters.__sdpLimiters ??= new Map());
  let found = cache.get(spec.keyPrefix);
  if (!found) {
    const redis = getRedis();
    found = redis
      ? new RateLimiterRedis({
          ...spec,
          keyPrefix: redisKey(spec.keyPrefix),
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(spec),
        })
      : new RateLimiterMemory(spec);
    cache.set(spec.keyPrefix, found);
  }
  return found;
}

/** Spends one point for `key`; throws a RATE_LIMITED AppError once the budget is gone. */
export async function consumeOrThrow(spec: LimiterSpec, key: string, message: string): Promise<void> {
  try {
    await limiter(spec).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
      throw new AppError("RATE_LIMITED", `${message} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
    throw error;
  }
}

export async function resetLimit(spec: LimiterSpec, key: string): Promise<void> {
  await limiter(spec).delete(key);
}

/** Points spent by `key` in the current window (0 when none). */
export async function spentPoints(spec: LimiterSpec, key: string): Promise<number> {
  return (await limiter(spec).get(key))?.consumedPoints ?? 0;
}

/** Counts one against `key` without ever refusing. */
export async function addPoint(spec: LimiterSpec, key: string): Promise<void> {
  await limiter(spec).penalty(key, 1);
}
