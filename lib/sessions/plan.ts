import { z } from "zod";
import { PHASES, phaseKeys } from "@/lib/questions/phases";

export { phaseTitle, planMinutes } from "@/lib/questions/phases";

export const planPhaseSchema = z.strictObject({
  key: z.enum(phaseKeys, { error: "is not a phase of the interview" }),
  minutes: z
    .number({ error: "must be a number of minutes" })
    .int("must be whole minutes")
    .min(1, "must be at least 1 minute")
    .max(120, "must be at most 120 minutes"),
});

/** An ordered subset of the five phases with minutes each (folding a phase away removes it). */
export const planSchema = z
  .array(planPhaseSchema)
  .min(1, "a plan needs at least one phase")
  .max(PHASES.length)
  .superRefine((plan, ctx) => {
    const order = plan.map((phase) => phaseKeys.indexOf(phase.key));
    if (order.some((index, i) => i > 0 && index <= order[i - 1]!)) {
      ctx.addIssue({ code: "custom", message: "phases must be unique and in interview order" });
    }
    if (plan.reduce((sum, phase) => sum + phase.minutes, 0) > 180) {
      ctx.addIssue({ code: "custom", message: "a session can last at most 180 minutes" });
    }
  });

export type PlanPhase = z.infer<typeof planPhaseSchema>;
export type Plan = z.infer<typeof planSchema>;

export const DEFAULT_PLAN: Plan = PHASES.map((phase) => ({ key: phase.key, minutes: phase.minutes }));

export const PLAN_PRESETS: { id: string; label: string; description: string; plan: Plan }[] = [
  { id: "standard", label: "Standard, 45 minutes", description: "The usual interview: 5, 5, 10, 20 and 5 minutes.", plan: DEFAULT_PLAN },
  {
    id: "extended",
    label: "Extended, 60 minutes",
    description: "More room to design and go deep: 5, 5, 15, 30 and 5 minutes.",
    plan: [
      { key: "clarify", minutes: 5 },
      { key: "estimate", minutes: 5 },
      { key: "high_level", minutes: 15 },
      { key: "deep_dive", minutes: 30 },
      { key: "trade_offs", minutes: 5 },
    ],
  },
  {
    id: "folded",
    label: "Estimation inside the deep dive, 45 minutes",
    description: "Some interviewers skip a separate estimate: 5, 10, 25 and 5 minutes.",
    plan: [
      { key: "clarify", minutes: 5 },
      { key: "high_level", minutes: 10 },
      { key: "deep_dive", minutes: 25 },
      { key: "trade_offs", minutes: 5 },
    ],
  },
];
