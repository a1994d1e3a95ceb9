import { describe, expect, it } from "vitest";
import { EstimateError, recomputeEstimate } from "@/lib/questions/estimate";
import { formatEstimate } from "@/lib/questions/format-estimate";

const inputs = [
  { name: "dau", label: "Daily users", value: 100_000_000, unit: "count" as const },
  { name: "writes", label: "Writes per user", value: 2, unit: "count" as const },
];
const derived = (expr: string, value: number, name = "qps") => [{ name, label: "x", expr, value, unit: "per_second" as const }];

describe("recomputeEstimate", () => {
  it("accepts a stated value within 1% of its expression", () => {
    const [result] = recomputeEstimate(inputs, derived("dau * writes / 86400", 2315));
    expect(result).toMatchObject({ withinTolerance: true });
    expect(result!.computed).toBeCloseTo(2314.81, 1);
  });

  it("flags arithmetic that is off by more than 1%", () => {
    const [result] = recomputeEstimate(inputs, derived("dau * writes / 86400", 2400));
    expect(result!.withinTolerance).toBe(false);
  });

  it("lets later values use earlier ones and the allowed functions", () => {
    const results = recomputeEstimate(inputs, [
      { name: "avg", label: "a", expr: "dau * writes / 86400", value: 2314.8, unit: "per_second" },
      { name: "servers", label: "s", expr: "ceil(avg * 3 / 1000)", value: 7, unit: "count" },
      { name: "bits", label: "b", expr: "log2(2^10) + max(1, 2) - min(3, 4)", value: 9, unit: "count" },
    ]);
    expect(results.every((r) => r.withinTolerance)).toBe(true);
  });

  it("refuses unknown names, forward references and anything but arithmetic", () => {
    expect(() => recomputeEstimate(inputs, derived("dau * nope", 1))).toThrow(/"nope" is not an input/);
    expect(() => recomputeEstimate(inputs, [...derived("later * 2", 1), ...derived("dau", 1, "later")])).toThrow(EstimateError);
    expect(() => recomputeEstimate(inputs, derived("sqrt(dau)", 1))).toThrow(/function "sqrt" is not allowed/);
    expect(() => recomputeEstimate(inputs, derived("dau > 1", 1))).toThrow(/operator ">" is not allowed/);
    expect(() => recomputeEstimate(inputs, derived("x = 2", 1))).toThrow(EstimateError);
    expect(() => recomputeEstimate(inputs, derived("dau / 0", 1))).toThrow(/not a finite number/);
  });
});

describe("formatEstimate", () => {
  it("uses decimal prefixes and the unit", () => {
    expect(formatEstimate(1_500_000_000_000, "bytes")).toBe("1.5 TB");
    expect(formatEstimate(2314.81, "per_second")).toBe("2.31 thousand /s");
    expect(formatEstimate(100_000_000, "count")).toBe("100 million");
    expect(formatEstimate(12_500_000, "bytes_per_second")).toBe("12.5 MB/s");
    expect(formatEstimate(0.05, "seconds")).toBe("50 ms");
    expect(formatEstimate(512, "bytes")).toBe("512 B");
    expect(formatEstimate(0.25, "ratio")).toBe("0.25");
    expect(formatEstimate(120_000, "usd")).toBe("$120 thousand");
    expect(formatEstimate(0.008, "usd")).toBe("$0.008");
  });
});
