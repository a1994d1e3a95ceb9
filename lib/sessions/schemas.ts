import { z } from "zod";
import { difficultySchema, slugSchema, topicTagSchema } from "@/lib/questions/schemas";
import { planSchema, type Plan } from "./plan";

export const sessionIdSchema = z.uuid({ error: "is not a session id" });

export const startSessionSchema = z
  .strictObject({
    /** A chosen question, or a random one matching the filters below. */
    questionSlug: slugSchema.optional(),
    difficulty: difficultySchema.optional(),
    tag: topicTagSchema.optional(),
    plan: planSchema,
    saveAsDefault: z.boolean().default(false),
  })
  .refine((input) => !(input.questionSlug && (input.difficulty || input.tag)), {
    message: "choose a question or filters for a random one, not both",
  });

export type StartSessionInput = z.infer<typeof startSessionSchema>;

export const advancePhaseSchema = z.strictObject({
  /** The phase the client believes is current; a stale or repeated click changes nothing. */
  fromPhase: z.number().int().min(0).max(10),
});

export const defaultPlanSchema = z.strictObject({ plan: planSchema });

export type SessionStatus = "active" | "finished" | "abandoned";

/** What a participant's client needs to show a session; times are epoch milliseconds. */
export type SessionSnapshot = {
  id: string;
  status: SessionStatus;
  mode: "solo" | "peer";
  role: "candidate" | "interviewer";
  plan: Plan;
  startedAt: number;
  advances: number[];
  finishedAt: number | null;
  serverNow: number;
  readOnly: boolean;
  question: { slug: string; title: string; difficulty: string; statement: string; phasePrompts: Record<string, string> };
};

export type SessionListItem = {
  id: string;
  status: SessionStatus;
  startedAt: number;
  finishedAt: number | null;
  plan: Plan;
  advances: number;
  question: { slug: string; title: string; difficulty: string };
};
