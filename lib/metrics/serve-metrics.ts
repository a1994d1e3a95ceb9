import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { log } from "@/lib/log/logger";
import { AppError, toErrorBody } from "@/lib/http/errors";
import { metricsRegistry } from "./registry";

// GET /metrics, answered by server.ts before Next.js sees the request. With METRICS_TOKEN set it
// takes that bearer token from anyone; without it, only clients on this machine's loopback get an
// answer and everyone else a 404, as if there were nothing here. The address is the socket's, never
// X-Forwarded-For: a proxy on the same machine connects from loopback, so a proxy must refuse
// /metrics itself (deploy/nginx-sdpractice.conf does) or the token must be set.

export type MetricsAccess = "allowed" | "unauthorized" | "hidden";

export function isMetricsRequest(url: string | undefined): boolean {
  return url === "/metrics" || url?.startsWith("/metrics?") === true;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4.startsWith("127.") || address === "::1";
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether `authorization` carries `token`, compared in constant time (digests, so lengths do not leak either). */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer +(\S+) *$/i.exec(authorization ?? "")?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

export function metricsAccess(request: { remoteAddress: string | undefined; authorization: string | undefined }, token: string | undefined): MetricsAccess {
  if (token) return bearerMatches(request.authorization, token) ? "allowed" : "unauthorized";
  return isLoopback(request.remoteAddress) ? "allowed" : "hidden";
}

function sendError(res: ServerResponse, error: AppError, headers: Record<string, string> = {}): void {
  const { status, body } = toErrorBody(error);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers }).end(JSON.stringify(body));
}

/** Answers a /metrics request: the registry in Prometheus's text format, or the refusal. */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
  const access = metricsAccess({ remoteAddress: req.socket.remoteAddress, authorization: req.headers.authorization }, token);
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
