import type { PhaseKey } from "@/lib/questions/phases";
import type { Plan } from "./plan";

/** After the last phase runs out, a session stays open this long before it finishes itself. */
export const GRACE_MS = 5 * 60_000;

/** The stored facts a clock is derived from; times are epoch milliseconds. */
export type ClockFacts = {
  startedAt: number;
  plan: Plan;
  /** When each later phase began: advances[i] is when phase i + 1 started. */
  advances: number[];
  finishedAt: number | null;
};

export type PhaseClock = {
  key: PhaseKey;
  minutes: number;
  state: "done" | "current" | "upcoming";
  startedAt: number | null;
  endedAt: number | null;
  spentMs: number;
  overtimeMs: number;
};

export type ClockView = {
  now: number;
  finished: boolean;
  phaseIndex: number;
  isLastPhase: boolean;
  phaseStartedAt: number;
  phaseEndsAt: number;
  /** Negative once the phase's time is up. */
  phaseRemainingMs: number;
  phaseOvertimeMs: number;
  overallEndsAt: number;
  overallRemainingMs: number;
  overallOvertimeMs: number;
  elapsedMs: number;
  /** When the session finishes by itself if nobody presses Finish. */
  autoFinishAt: number;
  phases: PhaseClock[];
};

const minutesMs = (minutes: number) => minutes * 60_000;

/**
 * Everything a clock shows, derived from stored facts and one reading of the time. The server
 * and every client run this same function, so a reload, a second tab or a restart agree. A
 * finished session is frozen at its finish time.
 */
export function computeClock(facts: ClockFacts, nowMs: number): ClockView {
  const now = facts.finishedAt ?? Math.max(nowMs, facts.startedAt);
  const phaseIndex = Math.min(facts.advances.length, facts.plan.length - 1);
  const starts = [facts.startedAt, ...facts.advances.slice(0, facts.plan.length - 1)];
  const phases: PhaseClock[] = facts.plan.map((phase, index) => {
    const startedAt = index <= phaseIndex ? starts[index]! : null;
    const endedAt = index < phaseIndex ? starts[index + 1]! : index === phaseIndex && facts.finishedAt ? facts.finishedAt : null;
    const spentMs = startedAt === null ? 0 : Math.max(0, (endedAt ?? now) - startedAt);
    return {
      key: phase.key,
      minutes: phase.minutes,
      state: index < phaseIndex ? "done" : index === phaseIndex ? "current" : "upcoming",
      startedAt,
      endedAt,
      spentMs,
      overtimeMs: Math.max(0, spentMs - minutesMs(phase.minutes)),
    };
  });
  const current = facts.plan[phaseIndex]!;
  const phaseStartedAt = starts[phaseIndex]!;
  const phaseEndsAt = phaseStartedAt + minutesMs(current.minutes);
  const overallEndsAt = facts.startedAt + minutesMs(facts.plan.reduce((sum, phase) => sum + phase.minutes, 0));
  const isLastPhase = phaseIndex === facts.plan.length - 1;
  return {
    now,
    finished: facts.finishedAt !== null,
    phaseIndex,
    isLastPhase,
    phaseStartedAt,
    phaseEndsAt,
    phaseRemainingMs: phaseEndsAt - now,
    phaseOvertimeMs: Math.max(0, now - phaseEndsAt),
    overallEndsAt,
    overallRemainingMs: overallEndsAt - now,
    overallOvertimeMs: Math.max(0, now - overallEndsAt),
    elapsedMs: now - facts.startedAt,
    autoFinishAt: (isLastPhase ? Math.max(overallEndsAt, phaseEndsAt) : overallEndsAt) + GRACE_MS,
    phases,
  };
}

/** mm:ss (or h:mm:ss), with a leading minus for overtime. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  const body = hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return negative ? `-${body}` : body;
}

/** The current time; a function so that server components read it once per request, explicitly. */
export const readClock = () => Date.now();
