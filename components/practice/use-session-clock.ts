"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { computeClock, type ClockFacts, type ClockView } from "@/lib/sessions/clock";
import type { SessionSnapshot } from "@/lib/sessions/schemas";

const TICK_MS = 250;

/**
 * The time as this browser should read it (the server's: this device's clock corrected by the
 * offset seen when the snapshot came), published every tick to the few components that show the
 * running time, so that a tick re-renders them and not the whole room.
 */
export class ClockTicker {
  private listeners = new Set<() => void>();
  private current: number;
  constructor(private offset: number) {
    this.current = Date.now() + offset;
  }
  readonly now = () => this.current;
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  /** Reads the time again (with a new offset, after a new snapshot) and tells the subscribers. */
  tick(offset = this.offset): number {
    this.offset = offset;
    this.current = Date.now() + offset;
    for (const listener of this.listeners) listener();
    return this.current;
  }
}

const factsOf = (snapshot: SessionSnapshot): ClockFacts => ({
  startedAt: snapshot.startedAt,
  plan: snapshot.plan,
  advances: snapshot.advances,
  finishedAt: snapshot.finishedAt,
  pauses: snapshot.pauses,
});

/** What the room as a whole shows of the clock; the room re-renders only when this changes. */
function phaseLevel(clock: ClockView): string {
  const autoFinishDue = clock.now >= clock.autoFinishAt;
  return [clock.phaseIndex, clock.started, clock.finished, clock.paused, clock.phaseRemainingMs <= 0, autoFinishDue, Math.floor(clock.elapsedMs / 60_000)].join();
}

export type SessionClock = {
  /**
   * The clock as of the last change the room shows: the phase, the pause, time up for the
   * phase, the automatic finish and the minute of the session. Its remaining and spent times
   * are not live: read those with useLiveClock.
   */
  clock: ClockView;
  facts: ClockFacts;
  ticker: ClockTicker;
};

/**
 * The session clock as this browser should show it: the server's stored facts, read against
 * the server's time.
 */
export function useSessionClock(snapshot: SessionSnapshot, receivedAt: number): SessionClock {
  const offset = snapshot.serverNow - receivedAt;
  const [ticker] = useState(() => new ClockTicker(offset));
  const [now, setNow] = useState(() => ticker.now());
  const ticking = !snapshot.finishedAt && snapshot.status !== "abandoned";
  const facts = useMemo(() => factsOf(snapshot), [snapshot]);
  const clock = useMemo(() => computeClock(facts, now), [facts, now]);
  const shown = phaseLevel(clock);
  useEffect(() => {
    let last = shown;
    const read = () => {
      const at = ticker.tick(offset);
      const next = phaseLevel(computeClock(facts, at));
      if (next === last) return;
      last = next;
      setNow(at);
    };
    read(); // re-read after a new snapshot
    if (!ticking) return;
    const timer = setInterval(read, TICK_MS);
    return () => clearInterval(timer);
  }, [facts, offset, ticking, ticker, shown]);
  return { clock, facts, ticker };
}

/** The running clock, re-read every tick: for the components that show the time itself. */
export function useLiveClock({ facts, ticker }: Pick<SessionClock, "facts" | "ticker">): ClockView {
  const now = useSyncExternalStore(ticker.subscribe, ticker.now, ticker.now);
  return useMemo(() => computeClock(facts, now), [facts, now]);
}
