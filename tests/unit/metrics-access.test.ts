import { describe, expect, it } from "vitest";
import { bearerMatches, isLoopback, isMetricsRequest, metricsAccess } from "@/lib/metrics/serve-metrics";

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

  it("without METRICS_TOKEN, serves loopback clients and hides itself from everyone else", () => {
    for (const address of ["127.0.0.1", "127.0.0.53", "::1", "::ffff:127.0.0.1"]) {
      expect(isLoopback(address), address).toBe(true);
      expect(metricsAccess({ remoteAddress: address, authorization: undefined }, undefined)).toBe("allowed");
    }
    for (const address of ["10.0.0.5", "192.0.2.2", "::ffff:10.0.0.5", "fd00::2", "::", undefined]) {
      expect(isLoopback(address), address).toBe(false);
      expect(metricsAccess({ remoteAddress: address, authorization: undefined }, undefined)).toBe("hidden");
    }
  });

  it("with METRICS_TOKEN, asks everyone, loopback included, for exactly that bearer token", () => {
    expect(metricsAccess({ remoteAddress: "10.0.0.5", authorization: `Bearer ${TOKEN}` }, TOKEN)).toBe("allowed");
    expect(metricsAccess({ remoteAddress: "127.0.0.1", authorization: undefined }, TOKEN)).toBe("unauthorized");
    expect(metricsAccess({ remoteAddress: "127.0.0.1", authorization: `Bearer ${TOKEN}x` }, TOKEN)).toBe("unauthorized");
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
