import { z } from "zod";
import { notFound } from "@/lib/http/errors";

/** Checklist, roadmap and item keys share the content files' shape: lowercase words joined by dashes. */
export const contentKeySchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase words joined by dashes");

export const checklistItemParamsSchema = z.strictObject({ key: contentKeySchema, item: contentKeySchema });
export type ChecklistItemRef = { checklistKey: string; itemKey: string };

export const roadmapItemParamsSchema = z.strictObject({ item: contentKeySchema });

/**
 * URL params of a readiness route; a malformed key is as unknown as a missing one (404), so
 * nobody learns anything from the difference.
 */
export async function readinessParams<T extends z.ZodType>(params: Promise<unknown>, schema: T, what: string): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch milliseconds of a YYYY-MM-DD date at UTC midnight, or NaN when it is not a real date. */
export function dateToUtcMs(date: string): number {
  if (!ISO_DATE.test(date)) return Number.NaN;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date ? Number.NaN : ms;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const isoDay = (nowMs: number) => new Date(nowMs).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` comes first. */
export const daysBetween = (from: string, to: string) => Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS);

function shiftYears(date: string, years: number): string {
  const d = new Date(dateToUtcMs(date));
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoDay(d.getTime());
}

/** The roadmap a user follows and when they start; the date may be at most a year either side of today. */
export function roadmapSelectionSchema(nowMs: number) {
  const today = isoDay(nowMs);
  const earliest = shiftYears(today, -1);
  const latest = shiftYears(today, 1);
  return z.strictObject({
    roadmapKey: contentKeySchema,
    startDate: z
      .string({ error: "must be a date" })
      .refine((value) => !Number.isNaN(dateToUtcMs(value)), "must be a real date written YYYY-MM-DD")
      .refine((value) => Number.isNaN(dateToUtcMs(value)) || (value >= earliest && value <= latest), `must be between ${earliest} and ${latest}`),
  });
}

export type RoadmapSelection = z.infer<ReturnType<typeof roadmapSelectionSchema>>;

// What the readiness routes answer with; each type is inferred here and the same schema
// describes the response in the OpenAPI document.

const isoDate = z.iso.date();

/** The roadmap a user now follows and its start date. */
export const roadmapChoiceSchema = z.strictObject({ roadmapKey: contentKeySchema, startDate: isoDate });

const tickedAt = z.iso.datetime().nullable().describe("When the item was first ticked; null when it is not.");

/** A checklist item after ticking or unticking it. */
export const checklistTickResultSchema = z.strictObject({ checklistKey: contentKeySchema, itemKey: contentKeySchema, tickedAt });
export type ChecklistTickResult = z.infer<typeof checklistTickResultSchema>;

export const roadmapTickResultSchema = z.strictObject({ roadmapKey: contentKeySchema, itemKey: contentKeySchema, tickedAt });
export type RoadmapTickResult = z.infer<typeof roadmapTickResultSchema>;

export const roadmapWeekSchema = z.strictObject({
  week: z.number().int().min(0).describe("The plan's week today, from 1; 0 before the start date; above totalWeeks once it is over."),
  status: z.enum(["not-started", "in-progress", "complete"]),
  daysUntilStart: z.number().int().min(0),
  weeksElapsed: z.number().int().min(0).describe("Whole weeks completed since the start, at most the plan's length."),
  totalWeeks: z.number().int().min(1),
});
export type RoadmapWeek = z.infer<typeof roadmapWeekSchema>;

export const roadmapItemViewSchema = z.strictObject({
  key: contentKeySchema,
  title: z.string(),
  phase: z.string(),
  weeks: z.tuple([z.number().int(), z.number().int()]).describe("The first and last week of the plan this item belongs to."),
  tasks: z.array(z.string()),
  coding: z.boolean().describe("The item prepares the coding rounds (algorithms practice), not system design."),
  questions: z.array(z.strictObject({ slug: z.string(), title: z.string() })).describe("Practice problems from the bank that fit this item."),
  tickedAt,
});
export type RoadmapItemView = z.infer<typeof roadmapItemViewSchema>;

/** The roadmap a user follows as of today: this week's items with ticks, and progress. */
export const roadmapViewSchema = z.strictObject({
  key: contentKeySchema,
  title: z.string(),
  kind: z.enum(["weekly", "stages"]),
  goal: z.string(),
  outcome: z.string(),
  startDate: isoDate,
  progress: roadmapWeekSchema,
  phase: z.strictObject({ title: z.string(), goals: z.array(z.string()), books: z.array(z.string()), milestones: z.array(z.string()) }).nullable(),
  thisWeek: z.array(roadmapItemViewSchema),
  ticked: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type RoadmapView = z.infer<typeof roadmapViewSchema>;
