import { AppError } from "@/lib/http/errors";
import type { TargetLevel } from "@/lib/users/schemas";
import { HIRING_SIGNALS, thresholdScore, type HiringSignal, type Rubric } from "./rubric-schema";
import type { GradeBody } from "./schemas";

export type GradeResult = {
  overallScore: number;
  overallLevel: 1 | 2 | 3 | 4;
  signal: HiringSignal;
  /** The level the signal was computed against. */
  target: TargetLevel;
  /** Why the signal is lower than the average alone would give, when a floor rule applied. */
  cappedBy: string | null;
};

/** Without a chosen level, the signal is read against the senior bar, the most common target. */
export const DEFAULT_TARGET: TargetLevel = "senior";

const rank = (signal: HiringSignal) => HIRING_SIGNALS.indexOf(signal);

/**
 * Weighted mean of the dimension levels, the nearest level, and the hiring signal it maps to at
 * the target level, lowered by the rubric's floor rules (a 1 anywhere is not a hire, whatever
 * the average).
 */
export function scoreLevels(rubric: Rubric, levels: Record<string, number>, target: TargetLevel = DEFAULT_TARGET): GradeResult {
  let weighted = 0;
  let weights = 0;
  for (const dimension of rubric.dimensions) {
    const level = levels[dimension.key];
    if (level === undefined) continue;
    weighted += level * dimension.weight;
    weights += dimension.weight;
  }
  const overallScore = weights ? Math.round((weighted / weights) * 100) / 100 : 1;
  const threshold = rubric.signalThresholds.find((t) => overallScore >= thresholdScore(t, target)) ?? rubric.signalThresholds.at(-1)!;
  const overallLevel = Math.min(4, Math.max(1, Math.round(overallScore))) as GradeResult["overallLevel"];
  let signal = threshold.signal;
  let cappedBy: string | null = null;
  for (const floor of rubric.floors ?? []) {
    if (floor.targets && !floor.targets.includes(target)) continue;
    const keys = floor.dimension ? [floor.dimension] : rubric.dimensions.map((d) => d.key);
    const triggered = keys.some((key) => levels[key] !== undefined && levels[key]! <= floor.atMost);
    if (triggered && rank(floor.cap) < rank(signal)) {
      signal = floor.cap;
      cappedBy = floor.reason;
    }
  }
  return { overallScore, overallLevel, signal, target, cappedBy };
}

/** Every dimension rated with a level of this rubric, no unknown dimensions, key points in range. */
export function checkGradeAgainstRubric(rubric: Rubric, body: GradeBody, keyPointCounts: Record<string, number>): void {
  const known = new Set(rubric.dimensions.map((d) => d.key));
  const fields: Record<string, string> = {};
  for (const key of Object.keys(body.levels)) if (!known.has(key)) fields[`levels.${key}`] = "is not a dimension of this rubric";
  for (const key of Object.keys(body.notes)) if (!known.has(key)) fields[`notes.${key}`] = "is not a dimension of this rubric";
  for (const dimension of rubric.dimensions) {
    if (body.levels[dimension.key] === undefined) fields[`levels.${dimension.key}`] = `choose a level for ${dimension.title.toLowerCase()}`;
  }
  for (const [phase, ticked] of Object.entries(body.keyPoints)) {
    const count = keyPointCounts[phase] ?? 0;
    if (ticked?.some((index) => index >= count)) fields[`keyPoints.${phase}`] = "names a key point this question does not have";
  }
  const entries = Object.entries(fields);
  if (entries.length) {
    throw new AppError("BAD_REQUEST", `This grade is not complete: ${entries.map(([k, v]) => `${k}: ${v}`).join("; ")}.`, fields);
  }
}
