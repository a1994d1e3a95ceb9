import type { JsonSchema } from "@/lib/http/openapi/json-schema";

type Schema = JsonSchema & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema | false;
  prefixItems?: Schema[];
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
};

const componentName = (ref: string) => ref.replace("#/components/schemas/", "");
export const componentAnchor = (name: string) => `schema-${name}`;

/** What a value is, in a few words: "string (uuid)", "one of easy, medium, hard", "array of Plan phase". */
function typeLabel(schema: Schema): React.ReactNode {
  if (schema.$ref) {
    const name = componentName(schema.$ref);
    return (
      <a href={`#${componentAnchor(name)}`} className="font-medium text-indigo-700 underline-offset-2 hover:underline">
        {name}
      </a>
    );
  }
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) return <>one of {schema.enum.map((value) => JSON.stringify(value)).join(", ")}</>;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    return variants.map((variant, index) => (
      <span key={index}>
        {index > 0 ? " or " : ""}
        {typeLabel(variant)}
      </span>
    ));
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any value");
  if (schema.type === "array" && schema.items) return <>array of {typeLabel(schema.items)}</>;
  if (schema.type === "array" && schema.prefixItems) return <>pair of {schema.prefixItems.map((item) => item.type).join(" and ")}</>;
  if (schema.type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
    const rules = rulesOf(schema.additionalProperties);
    return (
      <>
        map of {typeLabel(schema.additionalProperties)}
        {rules.length ? ` (${rules.join(", ")})` : null}
      </>
    );
  }
  return typeof schema.format === "string" ? `${type} (${schema.format})` : type;
}

const RULES: [key: string, text: (value: unknown) => string][] = [
  ["minLength", (v) => `at least ${v} characters`],
  ["maxLength", (v) => `at most ${v} characters`],
  ["minimum", (v) => `from ${v}`],
  ["maximum", (v) => `up to ${v}`],
  ["minItems", (v) => `at least ${v} items`],
  ["maxItems", (v) => `at most ${v} items`],
  ["pattern", (v) => `matches ${v}`],
  ["default", (v) => `default ${JSON.stringify(v)}`],
];

/** Bounds that only say "a safe JavaScript integer" (zod's int()) are no rule a reader needs. */
const saysNothing = (key: string, schema: Schema) =>
  (key === "pattern" && schema.format !== undefined) || (["minimum", "maximum"].includes(key) && Math.abs(Number(schema[key])) === Number.MAX_SAFE_INTEGER);

function rulesOf(schema: Schema): string[] {
  return RULES.filter(([key]) => schema[key] !== undefined && !saysNothing(key, schema)).map(([key, text]) => text(schema[key]));
}

/** The object (or array of objects) a schema describes, if its fields should be listed. */
function fieldsOf(schema: Schema): Schema | null {
  if (schema.properties && Object.keys(schema.properties).length > 0) return schema;
  if (schema.type === "array" && schema.items && schema.items.properties) return schema.items;
  if (typeof schema.additionalProperties === "object" && schema.additionalProperties.properties) return schema.additionalProperties;
  const nullable = (schema.anyOf ?? []).filter((variant) => variant.type !== "null");
  if (nullable.length === 1 && nullable[0]!.properties) return nullable[0]!;
  return null;
}

/** A JSON Schema as a readable list of fields, nested objects indented under their field. */
export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const object = fieldsOf(schema);
  if (!object) {
    const rules = rulesOf(schema);
    return (
      <p className="text-sm text-slate-700">
        {typeLabel(schema)}
        {rules.length ? <span className="text-slate-500"> · {rules.join(", ")}</span> : null}
        {schema.description ? <span className="block text-slate-600">{schema.description}</span> : null}
      </p>
    );
  }
  return (
    <div className="space-y-1">
      {depth === 0 && object !== schema ? <p className="text-sm text-slate-700">{typeLabel(schema)}</p> : null}
      {object.additionalProperties === false && depth === 0 ? <p className="text-xs text-slate-500">No other fields are accepted or sent.</p> : null}
      <ul className={`space-y-2 ${depth > 0 ? "ml-4 border-l border-slate-200 pl-3" : ""}`}>
        {Object.entries(object.properties ?? {}).map(([name, property]) => {
          const nested = fieldsOf(property);
          const rules = rulesOf(property);
          return (
            <li key={name} className="text-sm">
              <code className="font-semibold text-slate-900">{name}</code>{" "}
              <span className="text-slate-700">{typeLabel(property)}</span>
              {(object.required ?? []).includes(name) ? <span className="ml-1 text-xs font-medium text-rose-700">required</span> : <span className="ml-1 text-xs text-slate-500">optional</span>}
              {rules.length ? <span className="text-slate-500"> · {rules.join(", ")}</span> : null}
              {property.description ? <span className="block text-slate-600">{property.description}</span> : null}
              {nested && depth < 4 ? <SchemaView schema={property} depth={depth + 1} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
