import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/markdown";
import type { ListedOperation } from "@/lib/http/openapi/list-operations";
import { MethodBadge } from "./method-badge";
import { SchemaView } from "./schema-view";

/** One operation of the API: what it does, what it takes, and every answer it can give. */
export function OperationDetails({ operation }: { operation: ListedOperation }) {
  const body = operation.requestBody ? Object.entries(operation.requestBody.content) : [];
  return (
    <article id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="api-operation">
      <header className="flex flex-wrap items-center gap-3">
        <MethodBadge method={operation.method} />
        <code className="break-all text-sm font-semibold text-slate-900">{operation.path}</code>
        {operation.security.length > 0 ? <Badge tone="accent">Needs sign-in</Badge> : <Badge>No sign-in</Badge>}
      </header>
      <h3 id={`${operation.operationId}-title`} className="mt-2 text-lg font-semibold text-slate-900">
        {operation.summary}
      </h3>
      {operation.description ? <p className="mt-1 text-sm text-slate-700">{operation.description}</p> : null}

      {operation.parameters.length > 0 ? (
        <section className="mt-4">
          <h4 className="text-sm font-semibold text-slate-900">Parameters</h4>
          <table className="mt-2 w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Name</th>
                <th scope="col" className="py-1 pr-3 font-medium">In</th>
                <th scope="col" className="py-1 font-medium">Value</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`} className="align-top">
                  <td className="py-1.5 pr-3">
                    <code className="font-semibold">{parameter.name}</code>
                    {parameter.required ? <span className="ml-1 text-xs font-medium text-rose-700">required</span> : null}
                  </td>
                  <td className="py-1.5 pr-3 text-slate-600">{parameter.in}</td>
                  <td className="py-1.5">
                    <SchemaView schema={parameter.schema} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {body.map(([contentType, { schema }]) => (
        <section key={contentType} className="mt-4">
          <h4 className="text-sm font-semibold text-slate-900">
            Request body <span className="font-normal text-slate-500">({contentType})</span>
          </h4>
          <div className="mt-2">
            <SchemaView schema={schema} />
          </div>
        </section>
      ))}

      <section className="mt-4">
        <h4 className="text-sm font-semibold text-slate-900">Responses</h4>
        <ul className="mt-2 space-y-2">
          {Object.entries(operation.responses).map(([status, response]) => {
            const content = Object.entries(response.content ?? {});
            return (
              <li key={status} className="rounded-lg bg-slate-50 p-3">
                <details>
                  <summary className="cursor-pointer rounded text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
                    <span className={`font-mono font-semibold ${Number(status) >= 400 ? "text-rose-700" : "text-emerald-700"}`}>{status}</span>{" "}
                    <span className="text-slate-700">{firstLine(response.description)}</span>
                  </summary>
                  <div className="mt-2 space-y-2 text-sm">
                    {response.description.includes("\n") ? <Markdown className="prose-sm">{response.description}</Markdown> : null}
                    {Object.entries(response.headers ?? {}).map(([name, header]) => (
                      <p key={name}>
                        Header <code className="font-semibold">{name}</code>: {header.description}
                      </p>
                    ))}
                    {content.map(([contentType, { schema }]) => (
                      <div key={contentType}>
                        <p className="text-xs text-slate-500">{contentType}</p>
                        {schema ? <SchemaView schema={schema} /> : <p className="text-sm text-slate-700">A file to download.</p>}
                      </div>
                    ))}
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}

/** A status with several reasons lists them when opened; its summary says how many. */
function firstLine(description: string): string {
  const reasons = description.split("\n").length;
  return reasons > 1 ? `${reasons} possible reasons` : description;
}
