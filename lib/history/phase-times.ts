import { computeClock, type ClockFacts } from "@/lib/sessions/clock";
import { phaseTitle } from "@/lib/sessions/plan";
import type { PhaseKey } from "@/lib/questions/phases";

export type PhaseTime = {
  key: PhaseKey;
  title: string;
  plannedMs: number;
  spentMs: number;
  overtimeMs: number;
  /** Whether the phase was ever reached (an abandoned session may stop early). */
  reached: boolean;
};

/** Planned against spent time per phase of the plan, from the same clock the session ran on. */
export function phaseTimes(facts: ClockFacts, now: number): PhaseTime[] {
  return computeClock(facts, now).phases.map((phase) => ({
    key: phase.key,
    title: phaseTitle(phase.key),
    plannedMs: phase.minutes * 60_000,
    spentMs: phase.spentMs,
    overtimeMs: phase.overtimeMs,
    reached: phase.startedAt !== null,
  }));
}
