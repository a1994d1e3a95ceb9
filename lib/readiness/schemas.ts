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
