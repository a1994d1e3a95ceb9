/** The five phases of the interview framework, in order, with the default 45-minute plan. */
export const PHASES = [
  { key: "clarify", title: "Clarify requirements", heading: "Clarify", minutes: 5 },
  { key: "estimate", title: "Capacity estimation", heading: "Estimate", minutes: 5 },
  { key: "high_level", title: "High-level design", heading: "High-level design", minutes: 10 },
  { key: "deep_dive", title: "Deep dive", heading: "Deep dive", minutes: 20 },
  { key: "trade_offs", title: "Trade-offs", heading: "Trade-offs", minutes: 5 },
] as const;

export type PhaseKey = (typeof PHASES)[number]["key"];
export const phaseKeys = PHASES.map((phase) => phase.key) as [PhaseKey, ...PhaseKey[]];

/** A phase's full title ("Capacity estimation"). Here, not in lib/sessions/plan.ts, so that the room's script needs no zod. */
export const phaseTitle = (key: PhaseKey) => PHASES.find((phase) => phase.key === key)!.title;

/** The minutes a plan adds up to. */
export const planMinutes = (plan: readonly { minutes: number }[]) => plan.reduce((sum, phase) => sum + phase.minutes, 0);
