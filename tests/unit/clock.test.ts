import { describe, expect, it } from "vitest";
import { computeClock, formatDuration, GRACE_MS } from "@/lib/sessions/clock";
import { DEFAULT_PLAN, PLAN_PRESETS, planSchema } from "@/lib/sessions/plan";

const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
const min = (m: number) => m * 60_000;
const facts = (advances: number[] = [], finishedAt: number | null = null, plan = DEFAULT_PLAN) => ({ startedAt: T0, plan, advances, finishedAt });

describe("computeClock", () => {
  it("starts in the first phase with the full plan ahead", () => {
    const clock = computeClock(facts(), T0 + min(2));
    expect(clock.phaseIndex).toBe(0);
    expect(clock.phaseRemainingMs).toBe(min(3));
    expect(clock.overallRemainingMs).toBe(min(43));
    expect(clock.phases.map((p) => p.state)).toEqual(["current", "upcoming", "upcoming", "upcoming", "upcoming"]);
  });

  it("counts overtime once a phase's time is up", () => {
    const clock = computeClock(facts(), T0 + min(7));
    expect(clock.phaseRemainingMs).toBe(-min(2));
    expect(clock.phaseOvertimeMs).toBe(min(2));
    expect(clock.phases[0]).toMatchObject({ spentMs: min(7), overtimeMs: min(2) });
  });

  it("gives each phase its own minutes from when it began, while the overall deadline stays fixed", () => {
    // Moved on early after 3 minutes, then stayed 6 minutes in estimation.
    const clock = computeClock(facts([T0 + min(3)]), T0 + min(9));
    expect(clock.phaseIndex).toBe(1);
    expect(clock.phaseEndsAt).toBe(T0 + min(8));
    expect(clock.phaseOvertimeMs).toBe(min(1));
    expect(clock.overallEndsAt).toBe(T0 + min(45));
    expect(clock.phases[0]).toMatchObject({ state: "done", spentMs: min(3), overtimeMs: 0, endedAt: T0 + min(3) });
  });

  it("is the same for any reader at the same moment, however many times it is computed", () => {
    const stored = facts([T0 + min(5), T0 + min(11)]);
    expect(computeClock(stored, T0 + min(15))).toEqual(computeClock(structuredClone(stored), T0 + min(15)));
  });

  it("finishes itself a grace period after the plan runs out, later if the last phase started late", () => {
    expect(computeClock(facts(), T0).autoFinishAt).toBe(T0 + min(45) + GRACE_MS);
    const lateLast = facts([T0 + min(5), T0 + min(10), T0 + min(20), T0 + min(43)]);
    expect(computeClock(lateLast, T0 + min(44)).autoFinishAt).toBe(T0 + min(48) + GRACE_MS);
  });

  it("freezes a finished session at its finish time", () => {
    const clock = computeClock(facts([T0 + min(5)], T0 + min(8)), T0 + min(500));
    expect(clock.finished).toBe(true);
    expect(clock.now).toBe(T0 + min(8));
    expect(clock.phases[1]).toMatchObject({ spentMs: min(3), endedAt: T0 + min(8) });
  });

  it("never moves past the last phase", () => {
    const many = facts([1, 2, 3, 4, 5, 6].map((m) => T0 + min(m)));
    expect(computeClock(many, T0 + min(7)).phaseIndex).toBe(4);
  });

  it("follows a folded plan", () => {
    const folded = PLAN_PRESETS.find((p) => p.id === "folded")!.plan;
    const clock = computeClock(facts([T0 + min(5)], null, folded), T0 + min(6));
    expect(clock.phases.map((p) => p.key)).toEqual(["clarify", "high_level", "deep_dive", "trade_offs"]);
    expect(clock.phases[1]!.state).toBe("current");
  });
});

describe("plans", () => {
  it("accepts the presets and refuses disorder, duplicates and marathons", () => {
    for (const preset of PLAN_PRESETS) expect(planSchema.safeParse(preset.plan).success, preset.id).toBe(true);
    expect(planSchema.safeParse([{ key: "deep_dive", minutes: 5 }, { key: "clarify", minutes: 5 }]).success).toBe(false);
    expect(planSchema.safeParse([{ key: "clarify", minutes: 5 }, { key: "clarify", minutes: 5 }]).success).toBe(false);
    expect(planSchema.safeParse([{ key: "deep_dive", minutes: 120 }, { key: "trade_offs", minutes: 90 }]).success).toBe(false);
    expect(planSchema.safeParse([]).success).toBe(false);
  });
});

describe("formatDuration", () => {
  it("shows minutes and seconds, hours when needed, and a minus for overtime", () => {
    expect(formatDuration(min(4) + 5_400)).toBe("04:05");
    expect(formatDuration(-min(1) - 1000)).toBe("-01:01");
    expect(formatDuration(min(75))).toBe("1:15:00");
  });
});

describe("computeClock in a peer round", () => {
  it("waits in the lobby with the whole plan ahead and nothing to finish", () => {
    const clock = computeClock({ startedAt: null, plan: DEFAULT_PLAN, advances: [], finishedAt: null }, T0 + min(30));
    expect(clock.started).toBe(false);
    expect(clock.phaseIndex).toBe(0);
    expect(clock.phaseRemainingMs).toBe(min(5));
    expect(clock.overallRemainingMs).toBe(min(45));
    expect(clock.autoFinishAt).toBe(Number.POSITIVE_INFINITY);
  });

  it("stops while paused: time left and time spent stay where the pause began", () => {
    const pausedFacts = { ...facts(), pauses: [{ startedAt: T0 + min(2), endedAt: null }] };
    const early = computeClock(pausedFacts, T0 + min(3));
    const late = computeClock(pausedFacts, T0 + min(30));
    expect(late.paused).toBe(true);
    expect(late.phaseRemainingMs).toBe(min(3));
    expect(late.overallRemainingMs).toBe(min(43));
    expect(late.phases[0]!.spentMs).toBe(min(2));
    expect(late.pausedMs).toBe(min(28));
    expect(early.phaseRemainingMs).toBe(late.phaseRemainingMs);
    // The deadline moves back as the pause lasts, so nothing finishes by itself meanwhile.
    expect(late.autoFinishAt).toBe(T0 + min(45) + min(28) + GRACE_MS);
    expect(late.autoFinishAt).toBeGreaterThan(T0 + min(30));
  });

  it("runs on after a resume, with the paused stretch counting against no phase", () => {
    // Paused from minute 2 to minute 12, advanced at minute 15 (5 running minutes into clarify).
    const stored = { ...facts([T0 + min(15)]), pauses: [{ startedAt: T0 + min(2), endedAt: T0 + min(12) }] };
    const clock = computeClock(stored, T0 + min(16));
    expect(clock.paused).toBe(false);
    expect(clock.phases[0]).toMatchObject({ state: "done", spentMs: min(5), overtimeMs: 0, startedAt: T0, endedAt: T0 + min(15) });
    expect(clock.phaseIndex).toBe(1);
    expect(clock.phaseRemainingMs).toBe(min(4));
    expect(clock.phaseEndsAt).toBe(T0 + min(20));
    expect(clock.overallRemainingMs).toBe(min(45) - min(6));
    expect(clock.elapsedMs).toBe(min(6));
  });

  it("counts pauses within a phase when the round finishes", () => {
    const stored = { ...facts([], T0 + min(20)), pauses: [{ startedAt: T0 + min(1), endedAt: T0 + min(11) }] };
    const clock = computeClock(stored, T0 + min(99));
    expect(clock.finished).toBe(true);
    expect(clock.paused).toBe(false);
    expect(clock.phases[0]).toMatchObject({ spentMs: min(10), endedAt: T0 + min(20) });
  });
});
