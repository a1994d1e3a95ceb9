import { describe, expect, it } from "vitest";
import { bearerMatches, isMetricsRequest, metricsAccess } from "@/lib/metrics/serve-metrics";

const TOKEN = "scrape-token-0123456789abcdef";

describe("who may read /metrics", () => {
  it("answers only /metrics itself, with or without a query", () => {
    expect(isMetricsRequest("/metrics")).toBe(true);
    expect(isMetricsRequest("/metrics?name[]=sdp_http")).toBe(true);
    expect(isMetricsRequest("/metrics/")).toBe(false);
    expect(isMetricsRequest("/metricsx")).toBe(false);
    expect(isMetricsRequest("/api/metrics")).toBe(false);
    expect(isMetricsRequest(undefined)).toBe(false);
  });

  it("without METRICS_TOKEN, is off for everyone, this machine included, whatever they send", () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}`, "Bearer "]) {
      expect(metricsAccess({ authorization }, undefined)).toBe("hidden");
    }
  });

  it("with METRICS_TOKEN, asks everyone, loopback included, for exactly that bearer token", () => {
    expect(metricsAccess({ authorization: `Bearer ${TOKEN}` }, TOKEN)).toBe("allowed");
    expect(metricsAccess({ authorization: undefined }, TOKEN)).toBe("unauthorized");
    expect(metricsAccess({ authorization: `Bearer ${TOKEN}x` }, TOKEN)).toBe("unauthorized");
  });

  it("compares the token whole, after the Bearer scheme", () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
    expect(bearerMatches(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(bearerMatches(TOKEN, TOKEN)).toBe(false);
    expect(bearerMatches("Bearer ", TOKEN)).toBe(false);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
  });
});
