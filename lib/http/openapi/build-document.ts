import type { z } from "zod";
import { errorBodySchema } from "@/lib/http/errors";
import pkg from "@/package.json";
import { toJsonSchema, type JsonSchema } from "./json-schema";
import { API_TAGS, type ApiOperation } from "./operation";
import { apiOperations } from "./operations";
import { errorsOf } from "./standard-errors";

export const SESSION_COOKIE_SCHEME = "sessionCookie";

/** What a client must know before calling anything; the documentation page shows these too. */
export const API_GROUND_RULES = [
  "**Signing in.** Operations that need a signed-in user say so (the session cookie scheme here, \"Needs sign-in\" on /api/docs). Sign up with POST /api/signup, then sign in with POST /api/auth/callback/credentials: a form with the token from GET /api/auth/csrf. The answer sets the session cookie; send it with every request.",
  "**Requests from other sites.** A POST, PUT, PATCH or DELETE sent from a browser page must come from the app's own origin (its NEXTAUTH_URL, the Host it was sent to, or one listed in APP_ORIGINS). The server reads the Origin header, or Sec-Fetch-Site when there is no Origin, and refuses anything else with 403. A program that sends neither header (curl, a script) holds its own cookie and is accepted.",
  "**Errors.** Every failure answers in one shape, `{ \"error\": { \"code\", \"message\", \"fields\"? } }` (the Error schema). An address no route claims answers 404, a method an address does not take answers 405 naming the ones it does (also in the Allow header), a path that is not encoded correctly answers 400, and an unexpected failure answers 500 without details. A session, room, checklist item or roadmap item you may not see is a 404, never a 403.",
];

const INTRODUCTION = [
  "The JSON API of Design Drills, the self-hosted practice platform for system-design interviews.",
  ...API_GROUND_RULES,
  "A readable version of this document is at /api/docs.",
].join("\n\n");

function jsonContent(schema: z.ZodType, direction: "request" | "response", components: Record<string, JsonSchema>, contentType = "application/json") {
  return { [contentType]: { schema: toJsonSchema(schema, direction, components) } };
}

function parameters(schema: z.ZodObject | undefined, where: "path" | "query", components: Record<string, JsonSchema>) {
  if (!schema) return [];
  const json = toJsonSchema(schema, "request", components) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === "path" || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

type OpenApiResponse = { description: string; headers?: Record<string, { description: string; schema: JsonSchema }>; content?: Record<string, { schema?: JsonSchema }> };

function describeOperation(operation: ApiOperation, components: Record<string, JsonSchema>) {
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers ? { headers: Object.fromEntries(Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: "string" } }])) } : {}),
      ...(response.schema
        ? { content: jsonContent(response.schema, "response", components, response.contentType) }
        : response.contentType
          ? { content: { [response.contentType]: {} } } // a file: its media type says what it is
          : {}),
    };
  }
  for (const [status, reason] of Object.entries(errorsOf(operation))) {
    responses[status] = { description: reason, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  }
  const body = operation.body;
  return {
    operationId: `${operation.method}${operation.path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? "").toUpperCase())}`,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: operation.auth === "session" ? [{ [SESSION_COOKIE_SCHEME]: [] }] : [],
    parameters: [...parameters(operation.pathParams, "path", components), ...parameters(operation.query, "query", components)],
    ...(body ? { requestBody: { required: true, content: jsonContent(body.schema, "request", components, body.contentType) } } : {}),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b))),
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** The OpenAPI 3.1 document of the HTTP API, built from the operation registry and its zod schemas. */
export function buildOpenApiDocument(operations: ApiOperation[] = apiOperations) {
  const components: Record<string, JsonSchema> = {};
  toJsonSchema(errorBodySchema, "response", components);
  const paths: Record<string, Record<string, ReturnType<typeof describeOperation>>> = {};
  for (const operation of operations) {
    const item = (paths[operation.path] ??= {});
    if (item[operation.method]) throw new Error(`${operation.method.toUpperCase()} ${operation.path} is described twice`);
    item[operation.method] = describeOperation(operation, components);
  }
  return {
    openapi: "3.1.0" as const,
    info: { title: `Design Drills API (${pkg.name})`, version: pkg.version, description: INTRODUCTION },
    servers: [{ url: "/" }],
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        [SESSION_COOKIE_SCHEME]: {
          type: "apiKey" as const,
          in: "cookie" as const,
          name: "next-auth.session-token",
          description:
            "The next-auth session cookie (a signed and encrypted JWT) set by signing in. Over https it is named __Secure-next-auth.session-token. Signing out, or POST /api/me/sign-out-everywhere, ends it on every device.",
        },
      },
    },
  };
}

let built: { day: string; document: OpenApiDocument } | undefined;

/** The document as served: built once a UTC day, as the roadmap's allowed start dates move with the day. */
export function currentOpenApiDocument(now = Date.now()): OpenApiDocument {
  const day = new Date(now).toISOString().slice(0, 10);
  if (built?.day !== day) built = { day, document: buildOpenApiDocument() };
  return built.document;
}
