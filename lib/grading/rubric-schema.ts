import { z } from "zod";
import { phaseKeys } from "@/lib/questions/phases";
import { TARGET_LEVELS, type TargetLevel } from "@/lib/users/schemas";

export const HIRING_SIGNALS = ["no_hire", "lean_no_hire", "hire", "strong_hire"] as const;
export type HiringSignal = (typeof HIRING_SIGNALS)[number];

const text = z.string().trim().min(10).max(600);
const key = z.string().regex(/^[a-z][a-z0-9_]*$/, "use snake_case");
const perTarget = <T extends z.ZodType>(value: T) => z.strictObject({ mid: value, senior: value, staff: value });
const minScore = z.number().min(1).max(4);

/** content/rubric.yaml: dimensions x four levels with descriptors, mapped to hiring signals. */
export const rubricSchema = z
  .strictObject({
    version: z.number().int().min(1),
    title: z.string().min(3).max(120),
    levels: z
      .array(
        z.strictObject({
          score: z.number().int().min(1).max(4),
          label: z.string().min(2).max(40),
          signal: z.enum(HIRING_SIGNALS),
        }),
      )
      .length(4),
    /**
     * The overall score (weighted mean of dimension levels) needed for each signal, highest first.
     * Version 1 has one bar; from version 2 each target level (mid, senior, staff) has its own.
     */
    signalThresholds: z
      .array(z.strictObject({ signal: z.enum(HIRING_SIGNALS), minScore: z.union([minScore, perTarget(minScore)]), summary: text }))
      .length(4),
    /**
     * Caps on the signal whatever the average: a level at or below `atMost` on the dimension (any
     * dimension when none is named) limits the signal to `cap`, for the listed target levels (all
     * when none are listed).
     */
    floors: z
      .array(
        z.strictObject({
          dimension: key.optional(),
          atMost: z.number().int().min(1).max(3),
          targets: z.array(z.enum(TARGET_LEVELS)).min(1).optional(),
          cap: z.enum(HIRING_SIGNALS),
          reason: text,
        }),
      )
      .max(10)
      .optional(),
    dimensions: z
      .array(
        z.strictObject({
          key,
          title: z.string().min(3).max(80),
          description: text,
          weight: z.number().positive().max(5).default(1),
          phases: z.array(z.enum(phaseKeys)).min(1),
          levels: z.strictObject({ 1: text, 2: text, 3: text, 4: text }),
          /** From version 2: what a hire at each target level shows on this dimension. */
          expectations: perTarget(text).optional(),
        }),
      )
      .min(4)
      .max(10),
  })
  .superRefine((rubric, ctx) => {
    const scores = rubric.levels.map((level) => level.score);
    if (scores.join() !== "1,2,3,4") ctx.addIssue({ code: "custom", path: ["levels"], message: "levels must be scores 1, 2, 3, 4 in order" });
    const keys = rubric.dimensions.map((d) => d.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: "custom", path: ["dimensions"], message: "dimension keys must be unique" });
    for (const target of TARGET_LEVELS) {
      const minimums = rubric.signalThresholds.map((t) => thresholdScore(t, target));
      if (minimums.some((value, i) => i > 0 && value >= minimums[i - 1]!) || minimums.at(-1) !== 1) {
        ctx.addIssue({ code: "custom", path: ["signalThresholds"], message: `thresholds must fall strictly, highest first, and the last must be 1 (at ${target} level)` });
      }
    }
    rubric.floors?.forEach((floor, index) => {
      if (floor.dimension && !keys.includes(floor.dimension)) {
        ctx.addIssue({ code: "custom", path: ["floors", index, "dimension"], message: `"${floor.dimension}" is not a dimension of this rubric` });
      }
    });
    const described = rubric.dimensions.filter((d) => d.expectations).length;
    if (described > 0 && described < rubric.dimensions.length) {
      ctx.addIssue({ code: "custom", path: ["dimensions"], message: "give every dimension its expectations per target level, or none" });
    }
    if (new Set(rubric.signalThresholds.map((t) => t.signal)).size !== 4) {
      ctx.addIssue({ code: "custom", path: ["signalThresholds"], message: "each signal needs exactly one threshold" });
    }
  });

type Threshold = { minScore: number | Record<TargetLevel, number> };

/** The score a signal needs at a target level (version 1 rubrics have one bar for every level). */
export function thresholdScore(threshold: Threshold, target: TargetLevel): number {
  return typeof threshold.minScore === "number" ? threshold.minScore : threshold.minScore[target];
}

export type Rubric = z.infer<typeof rubricSchema>;
export type RubricDimension = Rubric["dimensions"][number];
