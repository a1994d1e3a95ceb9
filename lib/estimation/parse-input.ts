import type { CapacityInputs } from "./calculator";

/** The inputs that are shares of something (0..1), which may also be typed as percentages. */
export const PERCENT_FIELDS: ReadonlySet<keyof CapacityInputs> = new Set(["cacheHitTarget", "hotFraction"]);

/**
 * Reads what a user typed into a calculator field. Accepts "10000000", "10,000,000", "10_000_000"
 * and "1e7". A share accepts "80%", "80" and "0.8" alike: a bare number above 1 is read as a
 * percentage, since a share above 100% means nothing. Anything else is not a number (undefined
 * when blank, NaN when unreadable), which the schema then reports.
 */
export function parseCalculatorInput(key: keyof CapacityInputs, text: string): number | undefined {
  const cleaned = text.trim().replace(/[,_\s]/g, "");
  if (cleaned === "") return undefined;
  if (cleaned.endsWith("%")) return Number(cleaned.slice(0, -1)) / 100;
  const value = Number(cleaned);
  return PERCENT_FIELDS.has(key) && value > 1 ? value / 100 : value;
}
