import type { OpenApiDocument } from "./build-document";

export type ListedOperation = OpenApiDocument["paths"][string][string] & { method: string; path: string };

/** The document's operations grouped by tag, in the tags' order, narrowed by a text and a tag when given. */
export function operationsByTag(document: OpenApiDocument, filter: { text?: string; tag?: string } = {}) {
  const text = filter.text?.trim().toLowerCase();
  const all: ListedOperation[] = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ ...operation, method, path })));
  const matches = (operation: ListedOperation) =>
    (!filter.tag || operation.tags.includes(filter.tag as never)) &&
    (!text || `${operation.method} ${operation.path} ${operation.summary} ${operation.description ?? ""}`.toLowerCase().includes(text));
  return document.tags
    .map((tag) => ({ ...tag, operations: all.filter((operation) => operation.tags.includes(tag.name as never) && matches(operation)) }))
    .filter((group) => group.operations.length > 0);
}
