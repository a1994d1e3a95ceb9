import { z } from "zod";
import { phaseKeys } from "@/lib/questions/phases";
import { TARGET_LEVELS } from "@/lib/users/schemas";
import { HIRING_SIGNALS } from "./rubric-schema";

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
  /** The level the candidate is aiming for; the hiring signal is read against its bar (rubric version 2 on). */
  targetLevel: z.enum(TARGET_LEVELS, { error: "must be mid, senior or staff" }).optional(),
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

// What the grading routes answer with. Times are Dates in the domain and ISO strings on the wire
// (JSON.stringify); the OpenAPI document describes them as date-time strings.

export const hiringSignalSchema = z.enum(HIRING_SIGNALS);
const gradeKind = z.enum(["self", "peer"]);
const overallScore = z.number().min(1).max(4).describe("The weighted mean of the dimension levels.");

/** A grade as a viewer reads it, with its grader's name. */
export const storedGradeSchema = z.strictObject({
  id: z.uuid(),
  kind: gradeKind,
  graderId: z.uuid(),
  graderName: z.string(),
  rubricVersion: z.number().int().min(1),
  overallScore,
  signal: hiringSignalSchema,
  body: gradeBodySchema,
  revision: z.number().int().min(1).describe("1 for the first save; each edit adds one."),
  updatedAt: z.date(),
});
export type StoredGrade = z.infer<typeof storedGradeSchema>;

/** A grade as it was just stored. */
export const savedGradeSchema = z.strictObject({
  id: z.uuid(),
  sessionId: z.uuid(),
  graderId: z.uuid(),
  kind: gradeKind,
  rubricVersion: z.number().int().min(1),
  body: gradeBodySchema,
  overallScore,
  signal: hiringSignalSchema,
  revision: z.number().int().min(1),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type SavedGrade = z.infer<typeof savedGradeSchema>;

/** One kept version of a grade; the newest comes first. */
export const gradeRevisionSchema = z.strictObject({
  gradeId: z.uuid(),
  revision: z.number().int().min(1),
  rubricVersion: z.number().int().min(1),
  body: gradeBodySchema,
  overallScore,
  signal: hiringSignalSchema,
  createdAt: z.date(),
});
export type GradeRevision = z.infer<typeof gradeRevisionSchema>;

/** The candidate's rating of the interviewer as the two of them read it. */
export const storedRatingSchema = z.strictObject({
  helpfulness: z.number().int().min(1).max(4),
  questionQuality: z.number().int().min(1).max(4),
  comment: z.string(),
  createdAt: z.date(),
  raterName: z.string(),
});
export type StoredRating = z.infer<typeof storedRatingSchema>;

/** A rating as it was just stored. */
export const savedRatingSchema = z.strictObject({
  sessionId: z.uuid(),
  raterId: z.uuid(),
  interviewerId: z.uuid(),
  helpfulness: z.number().int().min(1).max(4),
  questionQuality: z.number().int().min(1).max(4),
  comment: z.string(),
  createdAt: z.date(),
});
export type SavedRating = z.infer<typeof savedRatingSchema>;

const revealsAt = z.number().int().nullable().describe("When the blind lifts by itself (epoch milliseconds), while it has not yet.");

/** A session's grades as one viewer may see them (peer rounds are blind until both are in or 48 hours pass). */
export const roundGradesSchema = z.strictObject({
  self: storedGradeSchema.nullable().describe("The candidate's self grade."),
  peer: storedGradeSchema.nullable().describe("The interviewer's grade of the candidate (peer rounds)."),
  /** Peer rounds: whether each side has submitted (shown to both, the content only once revealed). */
  selfSubmitted: z.boolean(),
  peerSubmitted: z.boolean(),
  revealed: z.boolean(),
  revealsAt,
  rating: storedRatingSchema.nullable().describe("The candidate's rating of the interviewer, for the two of them."),
});
export type RoundGrades = z.infer<typeof roundGradesSchema>;

export const selfGradeViewSchema = z.strictObject({ grade: storedGradeSchema.nullable(), revisions: z.array(gradeRevisionSchema), revealed: z.boolean(), revealsAt });
export type SelfGradeView = z.infer<typeof selfGradeViewSchema>;

export const peerGradeViewSchema = z.strictObject({
  grade: storedGradeSchema.nullable(),
  submitted: z.boolean().describe("Whether the interviewer has graded, shown even while the grade itself is hidden."),
  revealed: z.boolean(),
  revealsAt,
});
export type PeerGradeView = z.infer<typeof peerGradeViewSchema>;

export const ratingViewSchema = z.strictObject({ rating: storedRatingSchema.nullable() });
export type RatingView = z.infer<typeof ratingViewSchema>;

export const savedGradeResponseSchema = z.strictObject({ grade: savedGradeSchema });
export const savedRatingResponseSchema = z.strictObject({ rating: savedRatingSchema });
