import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type Document = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>> };

const DOCUMENT_ID = "https://design-drills.invalid/openapi.json";
const pointer = (...segments: string[]) => segments.map((segment) => segment.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/**
 * Validates values against the schemas of an OpenAPI 3.1 document (JSON Schema draft 2020-12),
 * resolving its #/components references. Throws when the document describes no such thing.
 */
export function documentValidator(document: Document) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictTuples: false });
  addFormats(ajv);
  // zod's base64 strings also carry a pattern; the format name itself is only a label.
  ajv.addFormat("base64", true);
  // OpenAPI's own keywords (info, paths, ...) sit beside the schemas; only the schemas are compiled.
  ajv.addVocabulary(["openapi", "info", "servers", "tags", "paths", "components"]);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });

  const compiled = new Map<string, ValidateFunction>();
  const schemaAt = (ref: string): ValidateFunction => {
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.getSchema(`${DOCUMENT_ID}#/${ref}`);
      if (!validate) throw new Error(`the document has no schema at ${ref}`);
      compiled.set(ref, validate);
    }
    return validate;
  };
  const explain = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map((error) => `${error.instancePath || "(root)"} ${error.message}`).join("; ");

  /** The problems of `value` against the schema at a JSON pointer of the document, or [] when it fits. */
  function check(ref: string, value: unknown): string[] {
    const validate = schemaAt(ref);
    return validate(value) ? [] : [explain(validate.errors)];
  }

  return {
    check,
    /** Whether the operation documents this status, and the problems of the body against its schema. */
    response(method: string, path: string, status: number, body: unknown, contentType = "application/json"): string[] {
      const operation = document.paths[path]?.[method.toLowerCase()];
      if (!operation) return [`${method.toUpperCase()} ${path} is not in the document`];
      const response = operation.responses[String(status)];
      if (!response) return [`${method.toUpperCase()} ${path} does not document status ${status} (documented: ${Object.keys(operation.responses).join(", ")})`];
      const media = response.content?.[contentType];
      if (!media) return [`${method.toUpperCase()} ${path} ${status} documents no ${contentType} body`];
      // A file (a zip) is described by its media type alone.
      if (media.schema === undefined) return [];
      return check(pointer("paths", path, method.toLowerCase(), "responses", String(status), "content", contentType, "schema"), body);
    },
    /** The problems of a request body against the operation's documented request schema. */
    requestBody(method: string, path: string, body: unknown, contentType = "application/json"): string[] {
      return check(pointer("paths", path, method.toLowerCase(), "requestBody", "content", contentType, "schema"), body);
    },
    /** Compiles every schema the document holds, so a schema no validator accepts fails at once. */
    compileAll(): number {
      let count = 0;
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          for (const [status, response] of Object.entries(operation.responses)) {
            for (const [contentType, media] of Object.entries(response.content ?? {})) {
              if (media.schema === undefined) continue;
              schemaAt(pointer("paths", path, method, "responses", status, "content", contentType, "schema"));
              count++;
            }
          }
        }
      }
      return count;
    },
  };
}
