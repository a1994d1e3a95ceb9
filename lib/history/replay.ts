// Pure replay arithmetic shared by the review page and the replay player (browser-safe).
import type { PhaseKey } from "@/lib/questions/phases";
import type { Plan } from "@/lib/sessions/plan";

/** Playback speeds the player offers. */
export const REPLAY_SPEEDS = [1, 4, 16, 64] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

/**
 * How many updates of a log (times ascending) had happened by `at`: the updates to apply to
 * show the document as it was then. Binary search, so scrubbing a long log stays cheap.
 */
export function countUpdatesUntil(times: readonly number[], at: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The phase that was current at `at`: advances[i] is when phase i + 1 began. */
export function phaseIndexAt(advances: readonly number[], planLength: number, at: number): number {
  let index = 0;
  while (index < advances.length && advances[index]! <= at) index++;
  return Math.max(0, Math.min(index, planLength - 1));
}

export function phaseAt(session: { plan: Plan; advances: readonly number[] }, at: number): { index: number; key: PhaseKey } {
  const index = phaseIndexAt(session.advances, session.plan.length, at);
  return { index, key: session.plan[index]!.key };
}

/**
 * The span the scrubber covers, from the start to whichever is last of the finish time, the
 * last stored update and the last phase advance (an active session ends at `now`).
 */
export function replayEnd(session: { startedAt: number; finishedAt: number | null; advances: readonly number[] }, updateTimes: readonly number[], now: number): number {
  const last = Math.max(session.startedAt, updateTimes.at(-1) ?? 0, session.advances.at(-1) ?? 0);
  return Math.max(last, session.finishedAt ?? now);
}

/** Where playback is after `elapsedMs` of real time at `speed`, never past `end`. */
export const advancePosition = (position: number, elapsedMs: number, speed: number, end: number) => Math.min(end, position + elapsedMs * speed);

/** The times (offsets from the start) at which the document changed, for "previous/next change". */
export function changeOffsets(updateTimes: readonly number[], startedAt: number): number[] {
  return [...new Set(updateTimes.map((time) => Math.max(0, time - startedAt)))];
}

/** Decodes the base64 update data the replay API sends. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
