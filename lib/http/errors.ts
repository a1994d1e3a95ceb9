import { z } from "zod";

export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  /** A participant asking for something their role does not allow (strangers get NOT_FOUND). */
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  /** A link that existed and was revoked. */
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

/** The one shape every failure leaves in; `fields` names each invalid input and says why. */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(errorCodes),
    message: z.string().describe("A sentence a person can act on."),
    fields: z.record(z.string(), z.string()).optional().describe("For invalid input: each field's path (such as plan.0.minutes) and what is wrong with it."),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The one error the app throws on purpose; anything else becomes a generic 500. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "That page") => new AppError("NOT_FOUND", `${what} was not found.`);

export const forbidden = (message: string) => new AppError("FORBIDDEN", message);

/** Turns a zod failure into a 400 that says which field is wrong and why, in plain words. */
export function fromZodError(error: z.ZodError, intro = "Some of what you sent is not valid"): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "input";
    fields[key] ??= issue.message;
  }
  const detail = Object.entries(fields)
    .map(([key, message]) => `${key}: ${message}`)
    .join("; ");
  return new AppError("BAD_REQUEST", `${intro}: ${detail}.`, fields);
}

/** Whether a failure is one the app raises on purpose; anything else is a bug to log. */
export function isExpectedError(error: unknown): boolean {
  return error instanceof AppError || error instanceof z.ZodError;
}

export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.fields) body.error.fields = error.fields;
    return { status: error.status, body };
  }
  if (error instanceof z.ZodError) return toErrorBody(fromZodError(error));
  // Logged by the server-side caller (see isExpectedError): this module is shared with the browser.
  return {
    status: 500,
    body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
  };
}
