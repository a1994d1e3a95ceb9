import { AppError } from "@/lib/http/errors";
import type { HiringSignal, Rubric } from "./rubric-schema";
import type { GradeBody } from "./schemas";

export type GradeResult = { overallScore: number; overallLevel: 1 | 2 | 3 | 4; signal: HiringSignal };

/** Weighted mean of the dimension levels, the nearest level, and the hiring signal it maps to. */
export function scoreLevels(rubric: Rubric, levels: Record<string, number>): GradeResult {
  let weighted = 0;
  let weights = 0;
  for (const dimension of rubric.dimensions) {
    const level = levels[dimension.key];
    if (level === undefined) continue;
    weighted += level * dimension.weight;
    weights += dimension.weight;
  }
  const overallScore = weights ? Math.round((weighted / weights) * 100) / 100 : 1;
  const threshold = rubric.signalThresholds.find((t) => overallScore >= t.minScore) ?? rubric.signalThresholds.at(-1)!;
  const overallLevel = Math.min(4, Math.max(1, Math.round(overallScore))) as GradeResult["overallLevel"];
  return { overallScore, overallLevel, signal: threshold.signal };
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
