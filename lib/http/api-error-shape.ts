import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, toErrorBody } from "./errors";

/**
 * Next.js answers a method a route does not export with an empty 405. Under /api that becomes
 * the API's one error shape, naming the methods the address takes (from Next's Allow header).
 */
export function shapeApiMethodErrors(req: IncomingMessage, res: ServerResponse): void {
  if (!req.url?.startsWith("/api/")) return;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let json: string | null = null;
  // Next sends the 405's headers first and its (empty) body after, so the swap starts at the headers.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const declared = rest.find((arg) => arg && typeof arg === "object") as Record<string, unknown> | undefined;
    const typed = res.getHeader("content-type") ?? Object.keys(declared ?? {}).find((name) => name.toLowerCase() === "content-type");
    if (status === 405 && !typed) {
      const allow = String(res.getHeader("allow") ?? "");
      const { body } = toErrorBody(new AppError("METHOD_NOT_ALLOWED", `${req.method} is not accepted here${allow ? `; use ${allow}` : ""}.`));
      json = JSON.stringify(body);
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.removeHeader("content-length");
    }
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
  res.write = ((...args: unknown[]) => (json === null ? write(...args) : true)) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (json === null) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    return end(json, callback);
  }) as typeof res.end;
}

/**
 * A request whose body was refused as too large (413) leaves the rest of that body unread on the
 * connection, and the next request on it then stalls: the connection is closed after the answer.
 */
export function closeAfterRefusedBody(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 413 && !res.headersSent) res.setHeader("connection", "close");
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
}
