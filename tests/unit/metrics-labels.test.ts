import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import { queryOperation, timedQuery } from "@/lib/metrics/database-metrics";
import { refusalReason } from "@/lib/metrics/realtime-metrics";
import { metricsRegistry } from "@/lib/metrics/registry";

async function queryCount(operation: string): Promise<number> {
  const metric = await metricsRegistry().getSingleMetric("sdp_db_query_duration_seconds")!.get();
  const counts = metric.values as { metricName?: string; labels: Record<string, string | number>; value: number }[];
  return counts.find((value) => value.metricName === "sdp_db_query_duration_seconds_count" && value.labels.operation === operation)?.value ?? 0;
}

async function errorCount(operation: string): Promise<number> {
  const metric = await metricsRegistry().getSingleMetric("sdp_db_query_errors_total")!.get();
  return metric.values.find((value) => value.labels.operation === operation)?.value ?? 0;
}

describe("query labels", () => {
  it("names a statement by its first keyword, never by its text", () => {
    expect(queryOperation('select "id" from "users" where "email" = $1')).toBe("select");
    expect(queryOperation("\n  INSERT into session_updates values ($1)")).toBe("insert");
    expect(queryOperation("update practice_sessions set status = 'finished'")).toBe("update");
    expect(queryOperation("delete from room_invites")).toBe("delete");
    expect(queryOperation("begin")).toBe("transaction");
    expect(queryOperation("COMMIT")).toBe("transaction");
    expect(queryOperation("with moved as (update x set y = 1 returning *) select * from moved")).toBe("other");
    expect(queryOperation("selective nonsense")).toBe("other");
    expect(queryOperation(undefined)).toBe("other");
  });

  it("times a query in the pool's callback form and Drizzle's promise form, and counts failures", async () => {
    const before = { select: await queryCount("select"), insert: await queryCount("insert"), failed: await errorCount("insert") };
    const fake = timedQuery((config: unknown, _values: unknown, callback?: unknown) => {
      const text = typeof config === "string" ? config : (config as { text: string }).text;
      const outcome = text.includes("fail") ? new Error("boom") : null;
      if (typeof callback === "function") return void setImmediate(() => callback(outcome, { rows: [] }));
      return outcome ? Promise.reject(outcome) : Promise.resolve({ rows: [] });
    });
    const viaCallback = await new Promise((resolve) => fake("select 1", [], (_error: unknown, result: unknown) => resolve(result)));
    expect(viaCallback).toEqual({ rows: [] });
    await expect(fake({ text: "insert into t values ($1)", values: [1] })).resolves.toEqual({ rows: [] });
    await expect(fake({ text: "insert into t values ($1) -- fail", values: [1] })).rejects.toThrow("boom");
    expect(await queryCount("select")).toBe(before.select + 1);
    expect(await queryCount("insert")).toBe(before.insert + 2);
    expect(await errorCount("insert")).toBe(before.failed + 1);
  });

  it("passes cursors and streams through untimed", () => {
    const cursor = { submit: () => {} };
    expect(timedQuery((config: unknown) => config)(cursor)).toBe(cursor);
  });
});

describe("refusal reasons of socket events", () => {
  it("names each refusal after the error it was answered with", () => {
    expect(refusalReason(new AppError("RATE_LIMITED", "slow down"))).toBe("rate_limited");
    expect(refusalReason(new AppError("BAD_REQUEST", "not valid"))).toBe("invalid_input");
    expect(refusalReason(new AppError("FORBIDDEN", "not yours"))).toBe("forbidden");
    expect(refusalReason(new AppError("PAYLOAD_TOO_LARGE", "too big"))).toBe("too_large");
    expect(refusalReason(new AppError("NOT_FOUND", "no such session"))).toBe("not_found");
    expect(refusalReason(new z.ZodError([]))).toBe("invalid_input");
    expect(refusalReason(new Error("bug"))).toBe("error");
  });
});
