import { z } from "zod";
import type { HiringSignal } from "@/lib/grading/rubric-schema";
import { slugSchema } from "@/lib/questions/schemas";
import { topicTagValues } from "@/lib/questions/taxonomy";
import type { Role, SessionStatus } from "@/lib/sessions/schemas";

export const HISTORY_PAGE_SIZE = 20;

export const HISTORY_SORTS = {
  newest: "Newest first",
  oldest: "Oldest first",
  best: "Best score first",
  worst: "Worst score first",
} as const;

export type HistorySort = keyof typeof HISTORY_SORTS;
const sortValues = Object.keys(HISTORY_SORTS) as [HistorySort, ...HistorySort[]];

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
// Bounded so that a far-off date stays a date PostgreSQL and JavaScript agree on (year 0 and
// the day after 9999-12-31 are not).
const day = z.iso
  .date({ error: "must be a date such as 2025-01-31" })
  .refine((value) => value >= "2000-01-01" && value <= "2999-12-31", "must be a date between 2000-01-01 and 2999-12-31");

/** The query of /history, kept in the URL: every filter, the sort and the page. */
export const historyQuerySchema = z
  .object({
    question: z.preprocess(blankToUndefined, slugSchema.optional()),
    tag: z.preprocess(blankToUndefined, z.enum(topicTagValues, { error: "is not a known topic" }).optional()),
    from: z.preprocess(blankToUndefined, day.optional()),
    to: z.preprocess(blankToUndefined, day.optional()),
    sort: z.preprocess(blankToUndefined, z.enum(sortValues, { error: "must be newest, oldest, best or worst" }).default("newest")),
    page: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "must be a page number such as 2" })
        .int("must be a whole number")
        .min(1, "must be 1 or more")
        .max(10_000, "must be at most 10000")
        .default(1),
    ),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], message: "must be on or after the from date" });

export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** One row of /history; times are epoch milliseconds. */
export type HistoryItem = {
  id: string;
  status: SessionStatus;
  mode: "solo" | "peer";
  role: Role;
  /** Peer rounds: the room, this round's number and how many rounds it has. */
  room: { id: string; round: number; rounds: number } | null;
  startedAt: number;
  finishedAt: number | null;
  /** finishedAt - startedAt, or the planned length while there is no finish time. */
  durationMs: number;
  durationIsPlanned: boolean;
  question: { slug: string; title: string; difficulty: string; tags: string[] };
  /** The user's own (self) grade, null when not graded. */
  overallScore: number | null;
  signal: HiringSignal | null;
};

export type HistoryPage = {
  items: HistoryItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** One stored document update as the replay API serves it: a Yjs update, base64, stamped in epoch milliseconds. */
export const replayUpdateSchema = z.strictObject({
  seq: z.number().int().describe("The update's place in the log."),
  createdAt: z.number().int().describe("When it was stored, in epoch milliseconds."),
  data: z.base64().describe("The Yjs update, base64."),
});
export type ReplayUpdate = z.infer<typeof replayUpdateSchema>;

/** A session's whole shared-document log, oldest first. */
export const replayLogSchema = z.strictObject({ sessionId: z.uuid(), updates: z.array(replayUpdateSchema) });
export type ReplayLog = z.infer<typeof replayLogSchema>;
