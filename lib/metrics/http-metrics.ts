import type { IncomingMessage, ServerResponse } from "node:http";
import { Histogram } from "prom-client";
import { sharedMetric } from "./registry";
import { methodLabel, routeLabel } from "./route-label";

const requestDuration = sharedMetric(
  "http_request_duration",
  (registry) =>
    new Histogram({
      name: "sdp_http_request_duration_seconds",
      help: "Time from receiving an HTTP request to finishing its response, by method, route template and status code.",
      labelNames: ["method", "route", "status_code"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
);

/**
 * Times one request until its response is finished (an aborted response is not counted: it has
 * no status to report). The target is read now, before Next.js can rewrite req.url, and turned
 * into a route label only once the response is out.
 */
export function observeHttpRequest(req: IncomingMessage, res: ServerResponse): void {
  const startedAt = performance.now();
  const { method, url } = req;
  res.once("finish", () => {
    requestDuration.observe({ method: methodLabel(method), route: routeLabel(url), status_code: res.statusCode }, (performance.now() - startedAt) / 1000);
  });
}
