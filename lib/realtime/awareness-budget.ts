/** Presence may arrive at this many updates a second per socket on average, */
export const AWARENESS_RATE_PER_SECOND = 30;
/** with bursts of up to this many. Clients throttle to 10 a second, so only a misbehaving one hits it. */
export const AWARENESS_BURST = 60;

export type AwarenessBudget = { tokens: number; at: number };

export const newAwarenessBudget = (now: number): AwarenessBudget => ({ tokens: AWARENESS_BURST, at: now });

/** A token bucket: refills continuously, spends one token per update; false means drop it. */
export function takeAwarenessToken(budget: AwarenessBudget, now: number): boolean {
  budget.tokens = Math.min(AWARENESS_BURST, budget.tokens + ((now - budget.at) / 1000) * AWARENESS_RATE_PER_SECOND);
  budget.at = now;
  if (budget.tokens < 1) return false;
  budget.tokens -= 1;
  return true;
}
