import { z } from "zod";
import { phaseKeys } from "@/lib/questions/phases";

export const MAX_NOTE_CHARS = 2000;
export const MAX_REFLECTION_CHARS = 4000;

const dimensionKey = z.string().regex(/^[a-z][a-z0-9_]*$/, "is not a rubric dimension");

/** What a grader submits; levels are checked against the rubric version separately. */
export const gradeBodySchema = z.strictObject({
  levels: z.record(dimensionKey, z.number({ error: "must be a level from 1 to 4" }).int().min(1, "must be a level from 1 to 4").max(4, "must be a level from 1 to 4")),
  notes: z.record(dimensionKey, z.string().trim().max(MAX_NOTE_CHARS, `must be at most ${MAX_NOTE_CHARS} characters`)).default({}),
  /** Indices of the key points the grader says were covered, per phase. */
  keyPoints: z.partialRecord(z.enum(phaseKeys), z.array(z.number().int().min(0).max(50)).max(50)).default({}),
  reflection: z.string().trim().max(MAX_REFLECTION_CHARS, `must be at most ${MAX_REFLECTION_CHARS} characters`).default(""),
  /** Peer grades: the interviewer's written feedback to the candidate. */
  wentWell: z.string().trim().max(MAX_REFLECTION_CHARS, `must be at most ${MAX_REFLECTION_CHARS} characters`).optional(),
  workOn: z.string().trim().max(MAX_REFLECTION_CHARS, `must be at most ${MAX_REFLECTION_CHARS} characters`).optional(),
});

export type GradeBody = z.infer<typeof gradeBodySchema>;

export const saveGradeSchema = gradeBodySchema.extend({ rubricVersion: z.number().int().min(1) });
export type SaveGradeInput = z.infer<typeof saveGradeSchema>;

export const MAX_RATING_COMMENT_CHARS = 2000;
const ratingScore = z.number({ error: "must be from 1 to 4" }).int("must be from 1 to 4").min(1, "must be from 1 to 4").max(4, "must be from 1 to 4");

/** The candidate's rating of their interviewer after a peer round. */
export const interviewerRatingSchema = z.strictObject({
  helpfulness: ratingScore,
  questionQuality: ratingScore,
  comment: z.string().trim().max(MAX_RATING_COMMENT_CHARS, `must be at most ${MAX_RATING_COMMENT_CHARS} characters`).default(""),
});
export type InterviewerRatingInput = z.infer<typeof interviewerRatingSchema>;
