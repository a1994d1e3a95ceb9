import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Logger } from "pino";

// One line of JSON per event, with the id of the request it belongs to. Nothing secret or
// personal leaves in a log line: fields named like passwords, tokens and secrets are redacted at
// any depth, and a failed query is logged without its parameters (they held argon2 hashes,
// emails and grade text).

/** What one request carries through everything it calls; timeZone is read by lib/format/time-zone.ts. */
type RequestContext = { requestId: string; timeZone?: string };

// server.ts and the Next.js bundle each load their own copy of this module: the store is shared
// through globalThis so a route handler's lines carry the id server.ts gave the request.
const globalForLog = globalThis as unknown as { __sdpRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (globalForLog.__sdpRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** The id a proxy gave the request, if it looks like one, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.:-]{8,100}$/.test(given) ? given : randomUUID();
}

const SECRET_KEY = /pass(word)?|token|secret|cookie|authorization|hash|credential/i;
const REDACTED = "[redacted]";

/** A copy of `value` with every field whose name sounds secret replaced. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return serializeError(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? REDACTED : redact(item, depth + 1)]));
}

/** An error as a log field: its kind, message and stack, and for a failed query the SQL without its parameters. */
export function serializeError(error: unknown): Record<string, unknown> {
  // Already serialized (pino applies serializers after the log formatter has run): as it is.
  if (!(error instanceof Error)) return error !== null && typeof error === "object" ? (error as Record<string, unknown>) : { message: String(error) };
  // Drizzle's message is "Failed query: <sql>\nparams: <values>"; the values never leave.
  const message = error.message.split(/\nparams:/)[0]!;
  const fields: Record<string, unknown> = { type: error.name, message, stack: error.stack?.replace(error.message, message) };
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    // PostgreSQL's "detail" names the values ("Key (email)=(…) already exists"): left out.
    fields.cause = { type: cause.name, message: cause.message.split(/\nparams:/)[0], code: (cause as { code?: unknown }).code };
  }
  return fields;
}

export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (object) => redact(object) as Record<string, unknown> },
      serializers: { err: serializeError, error: serializeError },
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    destination,
  );
}

const globalForLogger = globalThis as unknown as { __sdpLogger?: Logger };
export const log: Logger = (globalForLogger.__sdpLogger ??= createLogger());
