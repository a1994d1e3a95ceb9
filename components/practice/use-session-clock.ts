"use client";

import { useEffect, useMemo, useState } from "react";
import { computeClock, type ClockView } from "@/lib/sessions/clock";
import type { SessionSnapshot } from "@/lib/sessions/schemas";

/**
 * The session clock as this browser should show it: the server's stored facts, read against
 * the server's time (this device's clock corrected by the offset seen when the snapshot came).
 */
export function useSessionClock(snapshot: SessionSnapshot, receivedAt: number): ClockView {
  const offset = snapshot.serverNow - receivedAt;
  const [now, setNow] = useState(() => Date.now() + offset);
  const ticking = !snapshot.finishedAt && snapshot.status !== "abandoned";
  useEffect(() => {
    setNow(Date.now() + offset); // eslint-disable-line react-hooks/set-state-in-effect -- re-read after a new snapshot
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now() + offset), 250);
    return () => clearInterval(timer);
  }, [offset, ticking]);
  return useMemo(
    () =>
      computeClock(
        { startedAt: snapshot.startedAt, plan: snapshot.plan, advances: snapshot.advances, finishedAt: snapshot.finishedAt, pauses: snapshot.pauses },
        now,
      ),
    [snapshot, now],
  );
}
