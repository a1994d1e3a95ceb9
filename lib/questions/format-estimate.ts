import type { EstimateUnit } from "./schemas";

const SCALE = [
  { size: 1e15, suffix: "P" },
  { size: 1e12, suffix: "T" },
  { size: 1e9, suffix: "G" },
  { size: 1e6, suffix: "M" },
  { size: 1e3, suffix: "K" },
] as const;

function significant(value: number): string {
  if (value === 0) return "0";
  const rounded = Number(value.toPrecision(3));
  return rounded.toLocaleString("en-US", { maximumFractionDigits: Math.abs(rounded) < 1 ? 3 : 2 });
}

function scaled(value: number, unitSuffix: string, countNames = false): string {
  for (const { size, suffix } of SCALE) {
    if (Math.abs(value) >= size) {
      const name = countNames ? { P: " quadrillion", T: " trillion", G: " billion", M: " million", K: " thousand" }[suffix] : ` ${suffix}${unitSuffix}`;
      return `${significant(value / size)}${name}`;
    }
  }
  return `${significant(value)}${unitSuffix ? ` ${unitSuffix}` : ""}`;
}

/** Formats an estimate value with its unit (decimal prefixes: 1 KB = 1,000 bytes). */
export function formatEstimate(value: number, unit: EstimateUnit): string {
  switch (unit) {
    case "count":
      return scaled(value, "", true);
    case "bytes":
      return scaled(value, "B");
    case "per_second":
      return `${scaled(value, "", true)} /s`;
    case "bytes_per_second":
      return scaled(value, "B/s");
    case "seconds":
      return value < 1 ? `${significant(value * 1000)} ms` : `${significant(value)} s`;
    case "ratio":
      return significant(value);
    case "usd":
      return `$${scaled(value, "", true)}`;
  }
}
