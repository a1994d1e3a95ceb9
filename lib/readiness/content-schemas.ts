import { z } from "zod";
import { slugSchema } from "@/lib/questions/schemas";

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase words joined by dashes");
const sentence = z.string().trim().min(3).max(300);
const markdown = z.string().trim().min(1).max(2000);

export const CHECKLIST_KINDS = ["concepts", "problems", "stories", "final"] as const;

/** content/checklists/<key>.yaml */
export const checklistSchema = z
  .strictObject({
    title: z.string().min(3).max(100),
    kind: z.enum(CHECKLIST_KINDS),
    order: z.number().int().min(0).max(100),
    description: markdown,
    items: z
      .array(
        z.strictObject({
          key,
          text: sentence,
          detail: markdown.optional(),
          /** For problem checklists: the question to practise and how many finished sessions count as done. */
          question: slugSchema.optional(),
          target: z.number().int().min(1).max(10).optional(),
        }),
      )
      .min(3)
      .max(60),
  })
  .superRefine((list, ctx) => {
    const keys = list.items.map((item) => item.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: "custom", path: ["items"], message: "item keys must be unique" });
    list.items.forEach((item, index) => {
      if (list.kind === "problems" && (!item.question || !item.target)) {
        ctx.addIssue({ code: "custom", path: ["items", index], message: "a problem item needs `question` and `target`" });
      }
      if (list.kind !== "problems" && (item.question || item.target)) {
        ctx.addIssue({ code: "custom", path: ["items", index], message: "only problem checklists link questions" });
      }
    });
  });

export type Checklist = z.infer<typeof checklistSchema> & { key: string };

const roadmapItem = z.strictObject({
  key,
  title: sentence,
  /** Inclusive week range within the roadmap, 1-based. */
  weeks: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  tasks: z.array(sentence).min(1).max(12),
  /** Practice problems from the bank that fit this item. */
  questions: z.array(slugSchema).max(8).default([]),
  /** Prepares the coding rounds (algorithms practice), not system design: the page says so. */
  coding: z.boolean().default(false),
});

/** content/roadmaps/<key>.yaml */
export const roadmapSchema = z
  .strictObject({
    title: z.string().min(3).max(100),
    kind: z.enum(["weekly", "stages"]),
    order: z.number().int().min(0).max(100),
    audience: sentence,
    goal: sentence,
    totalWeeks: z.number().int().min(1).max(104),
    outcome: sentence,
    phases: z
      .array(
        z.strictObject({
          title: sentence,
          weeks: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
          /** Stage roadmaps: the books of the stage. */
          books: z.array(sentence).max(10).default([]),
          goals: z.array(sentence).max(10).default([]),
          items: z.array(roadmapItem).min(1).max(20),
          milestones: z.array(sentence).min(1).max(10),
        }),
      )
      .min(2)
      .max(12),
  })
  .superRefine((roadmap, ctx) => {
    const keys = new Set<string>();
    roadmap.phases.forEach((phase, p) => {
      const [from, to] = phase.weeks;
      if (from > to || to > roadmap.totalWeeks) ctx.addIssue({ code: "custom", path: ["phases", p, "weeks"], message: `must be a range within 1..${roadmap.totalWeeks}` });
      phase.items.forEach((item, i) => {
        if (keys.has(item.key)) ctx.addIssue({ code: "custom", path: ["phases", p, "items", i, "key"], message: "item keys must be unique in a roadmap" });
        keys.add(item.key);
        const [a, b] = item.weeks;
        if (a > b || a < from || b > to) ctx.addIssue({ code: "custom", path: ["phases", p, "items", i, "weeks"], message: `must lie within its phase's weeks ${from}-${to}` });
      });
    });
  });

export type Roadmap = z.infer<typeof roadmapSchema> & { key: string };
