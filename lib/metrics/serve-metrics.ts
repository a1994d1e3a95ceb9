import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/lib/log/logger";
import { AppError, toErrorBody } from "@/lib/http/errors";
import { metricsRegistry } from "./registry";

// GET /metrics, answered by server.ts before Next.js sees the request. It is off (a 404, as if
// there were nothing here) unless METRICS_TOKEN is set, and then it takes exactly that bearer
// token. A public proxy should not pass /metrics on at all (deploy/nginx-sdpractice.conf answers
// it itself): Prometheus scrapes each instance directly.

export type MetricsAccess = "allowed" | "unauthorized" | "hidden";

export function isMetricsRequest(url: string | undefined): boolean {
  return url === "/metrics" || url?.startsWith("/metrics?") === true;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether `authorization` carries `token`, compared in constant time (digests, so lengths do not leak either). */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer +(\S+) *$/i.exec(authorization ?? "")?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

export function metricsAccess(request: { authorization: string | undefined }, token: string | undefined): MetricsAccess {
  if (!token) return "hidden";
  return bearerMatches(request.authorization, token) ? "allowed" : "unauthorized";
}

function sendError(res: ServerResponse, error: AppError, headers: Record<string, string> = {}): void {
  const { status, body } = toErrorBody(error);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers }).end(JSON.stringify(body));
}

/** Answers a /metrics request: the registry in Prometheus's text format, or the refusal. */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
  const access = metricsAccess({ authorization: req.headers.authorization }, token);
  if (access === "hidden") return sendError(res, new AppError("NOT_FOUND", "That page was not found."));
  if (access === "unauthorized") {
    return sendError(res, new AppError("UNAUTHORIZED", "Metrics need the bearer token set in METRICS_TOKEN."), { "www-authenticate": 'Bearer realm="metrics"' });
  }
  if (req.method !== "GET" && req.method !== "HEAD") return sendError(res, new AppError("METHOD_NOT_ALLOWED", "Metrics are read with GET."), { allow: "GET, HEAD" });
  try {
    const registry = metricsRegistry();
    const body = await registry.metrics();
    res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (error) {
    log.error({ err: error }, "metrics could not be collected");
    sendError(res, new AppError("INTERNAL", "Something went wrong on our side. Please try again."));
  }
}
