import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { Markdown } from "@/components/markdown";
import { MethodBadge } from "@/components/api-docs/method-badge";
import { OperationDetails } from "@/components/api-docs/operation-details";
import { componentAnchor, SchemaView } from "@/components/api-docs/schema-view";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { FilterSelect } from "@/components/ui/filter-select";
import { API_GROUND_RULES, currentOpenApiDocument } from "@/lib/http/openapi/build-document";
import { operationsByTag } from "@/lib/http/openapi/list-operations";

export const metadata: Metadata = { title: "API reference" };
// Filtered per request; the description itself moves with the day (the roadmap's allowed dates).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const tagTitle = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export default async function ApiDocsPage({ searchParams }: Props) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const text = first(params.q).slice(0, 200);
  const tag = first(params.tag);
  const document = currentOpenApiDocument();
  const groups = operationsByTag(document, { text, tag });
  const count = groups.reduce((sum, group) => sum + group.operations.length, 0);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API reference</h1>
        <p className="mt-1 text-slate-600">
          Every address of the JSON API, what it takes and what it answers. Version {document.info.version}. The same description as an OpenAPI 3.1 document:{" "}
          <a href="/api/openapi.json" className="font-medium text-indigo-700 hover:underline">
            /api/openapi.json
          </a>
          .
        </p>
      </div>

      <section aria-labelledby="api-introduction" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="api-introduction" className="text-lg font-semibold">
          Before you start
        </h2>
        <Markdown className="prose-sm mt-2">{API_GROUND_RULES.join("\n\n")}</Markdown>
      </section>

      <form method="get" action="/api/docs" role="search" aria-label="Filter operations" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <div className="min-w-56 flex-1">
          <label htmlFor="api-filter-q" className="block text-xs font-medium uppercase tracking-wide text-slate-500">
            Path or words
          </label>
          <input id="api-filter-q" name="q" type="search" defaultValue={text} placeholder="for example grade, /api/rooms" className={`mt-1 ${inputStyles}`} />
        </div>
        <FilterSelect idPrefix="api-filter" name="tag" label="Group" value={tag} options={document.tags.map((entry) => [entry.name, tagTitle(entry.name)])} anyLabel="All groups" />
        <button type="submit" className={buttonStyles.primary}>
          Filter
        </button>
        {text || tag ? (
          <Link href="/api/docs" className={buttonStyles.secondary}>
            Show all
          </Link>
        ) : null}
      </form>

      <p className="text-sm text-slate-600" aria-live="polite" data-testid="operation-count">
        {count === 1 ? "1 operation" : `${count} operations`}
        {text || tag ? " match these filters." : "."}
      </p>

      {groups.length > 0 ? (
        <nav aria-label="Operations" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="text-lg font-semibold">Contents</h2>
          <div className="mt-3 grid gap-x-8 gap-y-4 md:grid-cols-2">
            {groups.map((group) => (
              <div key={group.name}>
                <a href={`#tag-${group.name}`} className="font-semibold text-slate-900 hover:text-indigo-700">
                  {tagTitle(group.name)}
                </a>
                <ul className="mt-1 space-y-1">
                  {group.operations.map((operation) => (
                    <li key={operation.operationId}>
                      <a href={`#${operation.operationId}`} className="flex items-center gap-2 rounded text-sm text-slate-700 hover:text-indigo-700">
                        <MethodBadge method={operation.method} />
                        <code className="break-all">{operation.path}</code>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </nav>
      ) : (
        <EmptyState>
          No operation matches these filters.{" "}
          <Link href="/api/docs" className="font-semibold text-indigo-700 hover:underline">
            Show all
          </Link>
        </EmptyState>
      )}

      {groups.map((group) => (
        <section key={group.name} id={`tag-${group.name}`} aria-labelledby={`tag-${group.name}-title`} className="scroll-mt-20 space-y-4">
          <div>
            <h2 id={`tag-${group.name}-title`} className="text-xl font-semibold">
              {tagTitle(group.name)}
            </h2>
            <p className="text-sm text-slate-600">{group.description}</p>
          </div>
          {group.operations.map((operation) => (
            <OperationDetails key={operation.operationId} operation={operation} />
          ))}
        </section>
      ))}

      <section aria-labelledby="api-schemas" className="space-y-4">
        <h2 id="api-schemas" className="text-xl font-semibold">
          Shared schemas
        </h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <article key={name} id={componentAnchor(name)} aria-labelledby={`${componentAnchor(name)}-title`} className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 id={`${componentAnchor(name)}-title`} className="font-mono text-base font-semibold">
              {name}
            </h3>
            <div className="mt-2">
              <SchemaView schema={schema} />
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
