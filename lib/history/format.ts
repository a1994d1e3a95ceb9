import { formatDateTime } from "@/lib/format/dates";
// Pure formatting for history and review: no database, safe in the browser and in unit tests.
import type { HiringSignal } from "@/lib/grading/rubric-schema";
import { planMinutes, type Plan } from "@/lib/sessions/plan";

/** How long a session lasted: finish - start, or the planned length while it has no finish time. */
export function sessionDuration(session: { startedAt: number; finishedAt: number | null; plan: Plan }): { ms: number; planned: boolean } {
  if (session.finishedAt !== null) return { ms: Math.max(0, session.finishedAt - session.startedAt), planned: false };
  return { ms: planMinutes(session.plan) * 60_000, planned: true };
}

/** A length for people: "42 s", "45 min", "1 h 05 min" (whole minutes, rounded). */
export function formatLength(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < 60_000) return `${Math.round(safe / 1000)} s`;
  const minutes = Math.round(safe / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** A moment within a session as mm:ss since its start (minutes keep counting past 59). */
export function formatOffset(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** "25 Jan 2025, 14:05 UTC": the app shows stored times in UTC, as /practice does. */
export const formatWhen = (ms: number): string => formatDateTime(ms);

/** An ISO day (YYYY-MM-DD, UTC) of an epoch time. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const SIGNAL_LABELS: Record<HiringSignal, string> = {
  no_hire: "No hire",
  lean_no_hire: "Lean no hire",
  hire: "Hire",
  strong_hire: "Strong hire",
};

export const signalLabel = (signal: HiringSignal) => SIGNAL_LABELS[signal];

/** An overall score (weighted mean of levels 1..4) with two decimals at most: "3.17", "3". */
export { formatScore } from "@/lib/format/score";
