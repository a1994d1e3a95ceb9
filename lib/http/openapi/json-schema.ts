import { z } from "zod";
import { storedGradeSchema } from "@/lib/grading/schemas";
import { errorBodySchema } from "@/lib/http/errors";
import { sessionSnapshotSchema } from "@/lib/sessions/schemas";

export type JsonSchema = Record<string, unknown>;

/** Response schemas described once under components.schemas and referenced wherever they appear. */
export const COMPONENT_IDS = new Map<z.ZodType, string>([
  [errorBodySchema, "Error"],
  [sessionSnapshotSchema, "SessionSnapshot"],
  [storedGradeSchema, "Grade"],
]);

// zod extracts a schema whose metadata has an id into $defs; the rest of its metadata (a
// .describe() text) is kept.
for (const [schema, id] of COMPONENT_IDS) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });

// A Date in a response leaves as its ISO string (JSON.stringify); nothing else may be unrepresentable.
const datesAsStrings = ({ zodSchema }: { zodSchema: z.core.$ZodType }) =>
  zodSchema._zod.def.type === "date" ? { type: "string" as const, format: "date-time" } : ("throw" as const);

function toComponentRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toComponentRefs);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? value.replace(/^#\/\$defs\//, "#/components/schemas/") : toComponentRefs(value),
    ]),
  );
}

/**
 * A zod schema as the JSON Schema (draft 2020-12, OpenAPI 3.1's dialect) of what goes over the
 * wire: a request as the route accepts it (io "input": fields with defaults are optional,
 * coercions show what they take), a response as it leaves (io "output"). Components met on the
 * way are written into `components` and referenced.
 */
export function toJsonSchema(schema: z.ZodType, direction: "request" | "response", components: Record<string, JsonSchema>): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: direction === "request" ? "input" : "output",
    unrepresentable: datesAsStrings,
  }) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = json;
  const definitions = Object.entries(($defs ?? {}) as Record<string, JsonSchema>);
  // A component is emitted as a response reads it, so a request must not contain one.
  if (direction === "request" && definitions.length > 0) throw new Error(`a request schema contains the response component ${definitions[0]![0]}`);
  for (const [id, definition] of definitions) {
    if (![...COMPONENT_IDS.values()].includes(id)) throw new Error(`unexpected shared definition "${id}" in an API schema`);
    components[id] = toComponentRefs(definition) as JsonSchema;
  }
  // A component as the whole response comes out as { $ref } already; keep it that way.
  return toComponentRefs(rest) as JsonSchema;
}
