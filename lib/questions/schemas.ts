import { z } from "zod";
import { companyValues, DIFFICULTIES, practiceFilterValues, topicTagValues } from "./taxonomy";

export const slugSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase letters, digits and single dashes");

export const difficultySchema = z.enum(DIFFICULTIES);
export const topicTagSchema = z.enum(topicTagValues);
export const companySchema = z.enum(companyValues);

export const estimateUnitSchema = z.enum(["count", "bytes", "per_second", "bytes_per_second", "seconds", "ratio", "usd"]);
export type EstimateUnit = z.infer<typeof estimateUnitSchema>;

const estimateName = z.string().regex(/^[a-z][a-z0-9_]*$/, "use snake_case");

export const estimateInputSchema = z.object({
  name: estimateName,
  label: z.string().min(2).max(120),
  value: z.number().finite(),
  unit: estimateUnitSchema,
});

export const estimateDerivedSchema = estimateInputSchema.extend({
  expr: z.string().min(1).max(300),
});

export type EstimateInput = z.infer<typeof estimateInputSchema>;
export type EstimateDerived = z.infer<typeof estimateDerivedSchema>;

export const questionFrontmatterSchema = z.strictObject({
  title: z.string().min(5).max(120),
  difficulty: difficultySchema,
  summary: z.string().min(20).max(300),
  tags: z.array(topicTagSchema).min(1).max(8),
  companies: z.array(companySchema).max(5).default([]),
  related: z.array(slugSchema).max(10).default([]),
  estimate: z.strictObject({
    inputs: z.array(estimateInputSchema).min(1).max(20),
    derived: z.array(estimateDerivedSchema).min(1).max(30),
  }),
});

const markdown = z.string().trim().min(1, "must not be empty");
const bullets = (min: number, max = 40) => z.array(markdown).min(min).max(max);
const phaseText = z.object({
  clarify: markdown,
  estimate: markdown,
  high_level: markdown,
  deep_dive: markdown,
  trade_offs: markdown,
});
const keyPoints = bullets(5, 12);

/** A four-digit year from 1900 to 2099, standing alone ("2010", "(2012)", "2019:"). */
export const SOURCE_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const sourceBullet = markdown.regex(SOURCE_YEAR, "each source must name its year (a four-digit year such as 2010)");

/**
 * A reference architecture diagram: the source of a Mermaid flowchart (`flowchart LR` or
 * `flowchart TD`), drawn as an Excalidraw scene on the page. The content check parses it with
 * Mermaid itself; loading only checks its header, so the app never loads Mermaid to boot.
 */
export const diagramSourceSchema = z
  .string({ error: "is missing: every problem needs a ### Diagram holding one ```mermaid flowchart" })
  .trim()
  .max(20_000, "must be at most 20,000 characters")
  .regex(/^flowchart (?:LR|TD)[ \t]*(?:\n|$)/, "must be a Mermaid flowchart whose first line is `flowchart LR` or `flowchart TD`");

/** The answer side of a question: what a candidate must not see before or while they practise it. */
const referenceShape = {
  clarify: z.object({
    questions: bullets(4),
    functional: bullets(3),
    nonFunctional: bullets(3),
    outOfScope: bullets(1),
  }),
  estimate: z.object({
    notes: markdown,
    inputs: z.array(estimateInputSchema),
    derived: z.array(estimateDerivedSchema),
  }),
  highLevel: z.object({
    components: markdown,
    dataFlow: markdown,
    api: markdown,
    dataModel: markdown,
    /** "### Diagram": the high-level design as a Mermaid flowchart. */
    diagram: diagramSourceSchema,
  }),
  deepDives: z
    .array(
      z.object({
        title: z.string().min(3),
        problem: markdown,
        weak: markdown,
        good: markdown,
        great: markdown,
        /** A flowchart in "#### Great", where the strong approach changes the architecture. */
        greatDiagram: diagramSourceSchema.optional(),
      }),
    )
    .min(3),
  tradeOffs: z.array(z.object({ title: z.string().min(3), body: markdown })).min(3),
  interviewerGuide: z.object({
    followUps: bullets(3),
    hints: bullets(3),
    redFlags: bullets(3),
    expectations: z.object({ mid: markdown, senior: markdown, staff: markdown }),
  }),
  keyPoints: z.object({
    clarify: keyPoints,
    estimate: keyPoints,
    high_level: keyPoints,
    deep_dive: keyPoints,
    trade_offs: keyPoints,
  }),
};

const sourcesShape = {
  /** "## Sources": the published figures and claims the problem rests on, one bullet each, with its year. */
  sources: z.array(sourceBullet).max(30),
};

export const questionBodySchema = z.object({
  statement: markdown,
  phasePrompts: phaseText,
  ...referenceShape,
  related: z.array(slugSchema),
  ...sourcesShape,
}).superRefine((body, ctx) => {
  if (body.estimate.inputs.length > 0 && body.sources.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["sources"],
      message: "is missing or empty: a problem with estimate inputs must list, as bullets, the published sources its figures rest on, each with its year",
    });
  }
});

/**
 * The side of a question anyone may read: what the interviewer says and asks in each phase. The
 * bank's shared pages and API carry only this; the rest comes from the reference endpoint, which
 * withholds it from a candidate or observer of a live peer round on the question.
 */
export const questionPublicBodySchema = z.object({ statement: markdown, phasePrompts: phaseText, related: z.array(slugSchema) });
export type QuestionPublicBody = z.infer<typeof questionPublicBodySchema>;

export const questionReferenceSchema = z.object({ ...referenceShape, ...sourcesShape });
export type QuestionReference = z.infer<typeof questionReferenceSchema>;

export type QuestionBody = z.infer<typeof questionBodySchema>;

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Query of the question bank, shared by /questions and GET /api/questions. */
export const listQuestionsQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, "search text must be at most 200 characters")
    .optional()
    .transform((value) => (value ? value : undefined)),
  difficulty: z.preprocess(blankToUndefined, z.enum(DIFFICULTIES, { error: "must be easy, medium or hard" }).optional()),
  tag: z.preprocess(blankToUndefined, z.enum(topicTagValues, { error: "is not a known topic" }).optional()),
  company: z.preprocess(blankToUndefined, z.enum(companyValues, { error: "is not a known company" }).optional()),
  practice: z.preprocess(
    blankToUndefined,
    z.enum(practiceFilterValues, { error: "must be attempted, not_attempted or to_review" }).optional(),
  ),
  page: z.coerce
    .number({ error: "must be a page number such as 2" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(10_000, "must be at most 10000")
    .default(1),
  pageSize: z.coerce
    .number({ error: "must be a number between 1 and 50" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 50")
    .max(50, "must be between 1 and 50")
    .default(20),
});

export type ListQuestionsQuery = z.infer<typeof listQuestionsQuerySchema>;

export const questionListItemSchema = z.strictObject({
  slug: slugSchema,
  title: z.string(),
  difficulty: difficultySchema,
  summary: z.string(),
  tags: z.array(z.string()),
  companies: z.array(z.string()),
});
export type QuestionListItem = z.infer<typeof questionListItemSchema>;

/** One page of the question bank; pageCount is at least 1, even when nothing matches. */
export const questionPageSchema = z.strictObject({
  items: z.array(questionListItemSchema),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  /** What a misspelt search ran as ("twiter" -> "twitter"); absent when it ran as typed. */
  searchedFor: z.string().optional(),
});
export type QuestionPage = z.infer<typeof questionPageSchema>;

export const questionDetailSchema = questionListItemSchema.extend({ body: questionPublicBodySchema });
export type QuestionDetail = z.infer<typeof questionDetailSchema>;

/** A user's finished attempts and best self-graded overall score, per question slug they practised. */
export const questionStatsSchema = z.record(slugSchema, z.strictObject({ attempts: z.number().int().min(1), bestScore: z.number().nullable() }));
export type QuestionStats = z.infer<typeof questionStatsSchema>;
