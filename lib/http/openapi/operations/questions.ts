import { z } from "zod";
import { listQuestionsQuerySchema, questionDetailSchema, questionPageSchema, questionStatsSchema, slugSchema } from "@/lib/questions/schemas";
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
    summary: "One question with its reference answer",
    description: "The statement, what each phase asks, and the full reference answer, interviewer guide and key points.",
    auth: "none",
    pathParams: z.strictObject({ slug: slugSchema }),
    responses: { 200: { description: "The question.", schema: questionDetailSchema } },
    errors: { 404: "No question has that slug (a malformed slug is treated the same)." },
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
