import { z } from "zod";
import { phaseKeys } from "@/lib/questions/phases";

export const HIRING_SIGNALS = ["no_hire", "lean_no_hire", "hire", "strong_hire"] as const;
export type HiringSignal = (typeof HIRING_SIGNALS)[number];

const text = z.string().trim().min(10).max(600);
const key = z.string().regex(/^[a-z][a-z0-9_]*$/, "use snake_case");

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
    /** The overall score (weighted mean of dimension levels) needed for each signal, highest first. */
    signalThresholds: z
      .array(z.strictObject({ signal: z.enum(HIRING_SIGNALS), minScore: z.number().min(1).max(4), summary: text }))
      .length(4),
    dimensions: z
      .array(
        z.strictObject({
          key,
          title: z.string().min(3).max(80),
          description: text,
          weight: z.number().positive().max(5).default(1),
          phases: z.array(z.enum(phaseKeys)).min(1),
          levels: z.strictObject({ 1: text, 2: text, 3: text, 4: text }),
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
    const minimums = rubric.signalThresholds.map((t) => t.minScore);
    if (minimums.some((value, i) => i > 0 && value >= minimums[i - 1]!) || minimums.at(-1) !== 1) {
      ctx.addIssue({ code: "custom", path: ["signalThresholds"], message: "thresholds must fall strictly, highest first, and the last must be 1" });
    }
    if (new Set(rubric.signalThresholds.map((t) => t.signal)).size !== 4) {
      ctx.addIssue({ code: "custom", path: ["signalThresholds"], message: "each signal needs exactly one threshold" });
    }
  });

export type Rubric = z.infer<typeof rubricSchema>;
export type RubricDimension = Rubric["dimensions"][number];
