import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { log } from "@/lib/log/logger";
import { AppError, fromZodError, isExpectedError, toErrorBody } from "./errors";
import { findUnstorableText, unstorableTextMessage } from "./storable-text";

export const DEFAULT_BODY_LIMIT = 16 * 1024;

type Handler<Ctx> = (request: NextRequest, context: Ctx) => Promise<Response>;

/** Wraps a route handler so that every failure leaves in the one error shape. */
export function route<Ctx>(handler: Handler<Ctx>): Handler<Ctx> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (!isExpectedError(error)) log.error({ err: error, method: request.method, path: request.nextUrl.pathname }, "unexpected failure");
      const { status, body } = toErrorBody(error);
      return NextResponse.json(body, { status });
    }
  };
}

export function parseSearchParams<T extends z.ZodType>(request: NextRequest, schema: T): z.infer<T> {
  const raw: Record<string, string> = {};
  for (const [key, value] of request.nextUrl.searchParams) raw[key] = value;
  const unstorable = findUnstorableText(raw);
  if (unstorable) throw new AppError("BAD_REQUEST", unstorableTextMessage(unstorable));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, "The query is not valid");
  return parsed.data;
}

/** Reads a JSON body, refusing anything over `limit` bytes before parsing it. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  limit = DEFAULT_BODY_LIMIT,
): Promise<z.infer<T>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  // Exactly JSON: "text/plain; x=application/json" is what a cross-site form or no-cors fetch can send.
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await readLimited(request, limit);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  const unstorable = findUnstorableText(json);
  if (unstorable) throw new AppError("BAD_REQUEST", unstorableTextMessage(unstorable));
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

function tooLarge(limit: number) {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than the ${Math.round(limit / 1024)} KB allowed.`);
}

async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
