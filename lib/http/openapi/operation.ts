import type { z } from "zod";

export const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The groups the documentation lists operations under, in this order. */
export const API_TAGS = {
  questions: "The question bank: the same for every visitor.",
  practice: "Solo sessions and peer rounds: start one, move through its phases, finish it.",
  rooms: "Peer rooms: create one and take a seat through an invite link.",
  grading: "Self grades, the interviewer's grade of the candidate, and the candidate's rating of the interviewer.",
  history: "Finished sessions: the document's update log for replay, and a Markdown export.",
  readiness: "Checklists and the roadmap a user follows.",
  account: "Signing up and the signed-in user's own settings.",
  auth: "Signing in and out (next-auth). These take HTML form bodies, as the app's pages send them.",
  service: "Health checks for balancers, and this description.",
} as const;
export type ApiTag = keyof typeof API_TAGS;

/** An error status a route can answer with, and why, in the one error shape. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 429;

export type OwnResponse = {
  description: string;
  /** Omitted for a response without a body (a redirect) or a file (contentType alone). */
  schema?: z.ZodType;
  /** application/json unless said otherwise. */
  contentType?: string;
  headers?: Record<string, string>;
};

/** One method on one path, as the OpenAPI document and the documentation page show it. */
export type ApiOperation = {
  method: HttpMethod;
  /** OpenAPI form: /api/practice/{id}. */
  path: string;
  tag: ApiTag;
  summary: string;
  description?: string;
  /** "session": needs the signed-in user's cookie (401 without it). */
  auth: "none" | "session";
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: {
    schema: z.ZodType;
    /** What parseJsonBody refuses past (413); JSON bodies only. */
    limitBytes?: number;
    contentType?: "application/json" | "application/x-www-form-urlencoded";
  };
  /** Statuses with a body of their own (not the error shape): successes, redirects, a 503 health report. */
  responses: Partial<Record<200 | 201 | 302 | 503, OwnResponse>>;
  /**
   * Errors this operation's own logic produces, with why. The ones every operation of its kind
   * can produce (a malformed JSON body, a missing session, a cross-site request) are added by
   * withStandardErrors, so they are described once.
   */
  errors?: Partial<Record<ErrorStatus, string>>;
};
