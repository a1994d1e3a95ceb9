import { z } from "zod";
import { listQuestionsQuerySchema, questionDetailSchema, questionPageSchema, questionReferenceSchema, questionStatsSchema, slugSchema } from "@/lib/questions/schemas";
import type { ApiOperation } from "../operation";

export const questionOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/questions",
    tag: "questions",
    summary: "List and search the question bank",
    description:
      "Full-text search (q) over titles, summaries and reference answers, tolerant of typos (searchedFor says what a misspelt search ran as), and filters, a page at a time. Without q, easy questions come first, then by title. The practice filter (attempted, not_attempted, to_review) needs a signed-in session.",
    auth: "none",
    query: listQuestionsQuerySchema,
    responses: { 200: { description: "One page of questions.", schema: questionPageSchema } },
    errors: { 401: "A practice filter was asked for without a signed-in session." },
  },
  {
    method: "get",
    path: "/api/questions/{slug}",
    tag: "questions",
    summary: "One question as the interviewer states it",
    description: "The statement, what each phase asks, and related problems. The answer side comes from /api/questions/{slug}/reference.",
    auth: "none",
    pathParams: z.strictObject({ slug: slugSchema }),
    responses: { 200: { description: "The question.", schema: questionDetailSchema } },
    errors: { 404: "No question has that slug (a malformed slug is treated the same)." },
  },
  {
    method: "get",
    path: "/api/questions/{slug}/reference",
    tag: "questions",
    summary: "A question's reference answer",
    description:
      "Key points per phase, the worked estimate, deep-dive approaches, trade-offs, the interviewer guide and sources. Readable signed out; refused to a signed-in candidate or observer while their peer round on this question is in the lobby or running.",
    auth: "none",
    pathParams: z.strictObject({ slug: slugSchema }),
    responses: { 200: { description: "The reference answer.", schema: questionReferenceSchema } },
    errors: {
      403: "You are the candidate or an observer in a live peer round on this question; it is readable again once the round finishes.",
      404: "No question has that slug (a malformed slug is treated the same).",
    },
  },
  {
    method: "get",
    path: "/api/me/question-stats",
    tag: "questions",
    summary: "Your attempts and best score per question",
    auth: "session",
    responses: { 200: { description: "Finished attempts and the best self-graded score, keyed by question slug.", schema: z.strictObject({ stats: questionStatsSchema }) } },
  },
];
