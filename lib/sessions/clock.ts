import type { PhaseKey } from "@/lib/questions/phases";
import type { Plan } from "./plan";

/** After the last phase runs out, a session stays open this long before it finishes itself. */
export const GRACE_MS = 5 * 60_000;

/** A stored pause of the clock; `endedAt` is null while it lasts. */
export type ClockPause = { startedAt: number; endedAt: number | null };

/** The stored facts a clock is derived from; times are epoch milliseconds. */
export type ClockFacts = {
  /** Null while a peer round waits in its lobby for the interviewer's Start. */
  startedAt: number | null;
  plan: Plan;
  /** When each later phase began: advances[i] is when phase i + 1 started. */
  advances: number[];
  finishedAt: number | null;
  /** Pauses in the order they began (peer rounds only); paused time counts against no phase. */
  pauses?: ClockPause[];
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
  /** False in a lobby: nothing runs until Start, and the plan's full minutes lie ahead. */
  started: boolean;
  finished: boolean;
  paused: boolean;
  /** Time spent paused so far. */
  pausedMs: number;
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

/** Paused milliseconds before `at`: the overlap of every pause with the time before it. */
function pausedBefore(pauses: ClockPause[], at: number): number {
  let total = 0;
  for (const pause of pauses) {
    if (pause.startedAt >= at) continue;
    total += Math.min(at, pause.endedAt ?? Number.POSITIVE_INFINITY) - pause.startedAt;
  }
  return total;
}

/**
 * Everything a clock shows, derived from stored facts and one reading of the time. The server
 * and every client run this same function, so a reload, a second tab or a restart agree. A
 * finished session is frozen at its finish time.
 *
 * Pauses are taken out by working on a "running time" axis where every paused stretch is cut
 * out: durations come straight from it, and deadlines are put back on the wall clock as if the
 * clock ran on from now without another pause (so while paused, they recede as time passes).
 */
export function computeClock(facts: ClockFacts, nowMs: number): ClockView {
  const started = facts.startedAt !== null;
  const startedAt = facts.startedAt ?? nowMs;
  const wallNow = facts.finishedAt ?? Math.max(nowMs, startedAt);
  const pauses = facts.pauses ?? [];
  const running = (at: number) => at - pausedBefore(pauses, at);
  const pausedMs = pausedBefore(pauses, wallNow);
  const toWall = (at: number) => at + pausedMs;
  const paused = !facts.finishedAt && pauses.some((pause) => pause.endedAt === null && pause.startedAt <= wallNow);
  const view = runningClock({ ...facts, startedAt, advances: facts.advances.map(running), finishedAt: facts.finishedAt && running(facts.finishedAt) }, running(wallNow));
  const wallStarts = [startedAt, ...facts.advances.slice(0, facts.plan.length - 1)];
  return {
    ...view,
    now: wallNow,
    started,
    paused,
    pausedMs,
    phaseStartedAt: wallStarts[view.phaseIndex]!,
    phaseEndsAt: toWall(view.phaseEndsAt),
    overallEndsAt: toWall(view.overallEndsAt),
    autoFinishAt: started ? toWall(view.autoFinishAt) : Number.POSITIVE_INFINITY,
    phases: view.phases.map((phase, index) => ({
      ...phase,
      startedAt: phase.startedAt === null ? null : wallStarts[index]!,
      endedAt: phase.endedAt === null ? null : index < view.phaseIndex ? wallStarts[index + 1]! : facts.finishedAt,
    })),
  };
}

type RunningView = Omit<ClockView, "started" | "paused" | "pausedMs">;

/** The clock on the running-time axis (no pauses in it). */
function runningClock(facts: ClockFacts & { startedAt: number }, nowMs: number): RunningView {
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
