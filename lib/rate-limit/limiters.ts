import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { getRedis, redisKey } from "@/lib/redis";
import { AppError } from "@/lib/http/errors";

type LimiterSpec = { keyPrefix: string; points: number; duration: number };

/** The limits in force; the per-IP budgets are settings (see README). */
export function limits() {
  const config = env();
  return {
    /** Sign-in attempts per account (email), 15 minutes. */
    signInAccount: { keyPrefix: "rl:signin:account", points: 5, duration: 15 * 60 },
    /** Sign-in attempts per client IP, 15 minutes. */
    signInIp: { keyPrefix: "rl:signin:ip", points: config.SIGNIN_ATTEMPTS_PER_IP, duration: 15 * 60 },
    /** Accounts created per client IP, one hour. */
    signUpIp: { keyPrefix: "rl:signup:ip", points: config.SIGNUPS_PER_IP, duration: 60 * 60 },
  } satisfies Record<string, LimiterSpec>;
}

const globalForLimiters = globalThis as unknown as { __sdpLimiters?: Map<string, RateLimiterAbstract> };

/** Redis-backed when REDIS_URL is set (shared by every app instance), in memory otherwise. */
export function limiter(spec: LimiterSpec): RateLimiterAbstract {
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
