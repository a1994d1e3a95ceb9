import { RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { limiter } from "@/lib/rate-limit/limiters";
import type { ClientEventName } from "./events";
import { log } from "@/lib/log/logger";

/**
 * How fast each kind of socket event may arrive. A per-socket token bucket (in memory, checked
 * synchronously) stops one connection from flooding its instance; a per-user budget (in Redis when
 * it is set, so it holds across instances and tabs) stops one person from flooding them all.
 * Honest clients stay far below both: edits are batched every 150 ms per document, presence is
 * throttled to 10 a second, and a page joins its two documents once per connection.
 */
type EventLimit = { perSecond: number; burst: number; perUserPer10s: number };

const editLimit = (perSecond: number): EventLimit => ({ perSecond, burst: perSecond * 3, perUserPer10s: perSecond * 20 });

export const EVENT_LIMITS: Record<ClientEventName, EventLimit> = {
  ping: { perSecond: 5, burst: 10, perUserPer10s: 200 },
  "doc:join": { perSecond: 2, burst: 20, perUserPer10s: 120 },
  "doc:sync": { perSecond: 2, burst: 20, perUserPer10s: 200 },
  "doc:update": editLimit(20),
  "awareness:update": { perSecond: 30, burst: 60, perUserPer10s: 900 },
  // People chat in bursts of a few lines; a paste loop is cut off after five.
  "chat:send": { perSecond: 0.5, burst: 5, perUserPer10s: 15 },
  // A connection gathers a dozen or so ICE candidates per peer, in a burst as the call starts;
  // four peers and an ICE restart stay well inside this.
  "call:signal": { perSecond: 20, burst: 120, perUserPer10s: 600 },
  "call:join": { perSecond: 0.5, burst: 5, perUserPer10s: 20 },
  "call:leave": { perSecond: 0.5, burst: 5, perUserPer10s: 20 },
  "call:media": { perSecond: 2, burst: 10, perUserPer10s: 60 },
};

/** The limits in force: the edit rate is a setting (SOCKET_EDITS_PER_SECOND). */
function limitFor(event: ClientEventName): EventLimit {
  return event === "doc:update" ? editLimit(env().SOCKET_EDITS_PER_SECOND) : EVENT_LIMITS[event];
}

export type TokenBucket = { tokens: number; at: number };
export type SocketBudgets = Record<ClientEventName, TokenBucket>;

export function newSocketBudgets(now: number): SocketBudgets {
  return Object.fromEntries(Object.keys(EVENT_LIMITS).map((event) => [event, { tokens: limitFor(event as ClientEventName).burst, at: now }])) as SocketBudgets;
}

/** A token bucket: refills continuously, spends one token per event; false means refuse it. */
export function takeToken(bucket: TokenBucket, perSecond: number, burst: number, now: number): boolean {
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

const tooFast = (event: ClientEventName) =>
  new AppError(
    "RATE_LIMITED",
    event === "awareness:update"
      ? "Presence updates are arriving too fast; some were dropped."
      : event === "doc:update"
        ? "Changes are arriving faster than the server accepts them. They are kept in this tab and sent again in a moment."
        : event === "chat:send"
          ? "You are sending messages faster than the chat allows. Wait a few seconds, then send again."
          : event === "call:signal"
            ? "The call's connection messages are arriving too fast; some were dropped. Leave the call and join again if it does not connect."
            : "Too many requests from this connection. Wait a moment and try again.",
  );

const userSpec = (event: ClientEventName) => ({ keyPrefix: `rl:socket:${event}:user`, points: limitFor(event).perUserPer10s, duration: 10 });

/** Users over their shared budget, until when: refusals are decided here without a Redis round trip. */
const blockedUntil = new Map<string, number>();

/**
 * Throws RATE_LIMITED when the socket or its user is over budget for `event`. The per-user budget
 * is spent asynchronously: an event is judged by what the shared budget said about the ones
 * before it, so presence relays never wait on Redis, and a flood is cut off within one round trip.
 */
export function checkEventRate(event: ClientEventName, userId: string, budgets: SocketBudgets, now = Date.now()): void {
  const limit = limitFor(event);
  if (!takeToken(budgets[event], limit.perSecond, limit.burst, now)) throw tooFast(event);
  const key = `${event}:${userId}`;
  const until = blockedUntil.get(key);
  if (until !== undefined) {
    if (until > now) throw tooFast(event);
    blockedUntil.delete(key);
  }
  limiter(userSpec(event))
    .consume(userId)
    .catch((error: unknown) => {
      if (error instanceof RateLimiterRes) blockedUntil.set(key, Date.now() + error.msBeforeNext);
      else log.error({ err: error }, "realtime rate limit store failed");
    });
}
