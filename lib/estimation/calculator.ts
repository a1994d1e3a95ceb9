import { z } from "zod";

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;

/** A finite number within [min, max], with one readable message for every way it can be wrong. */
function bounded(label: string, min: number, max: number, range: string) {
  const message = `${label} must be a number from ${range}`;
  return z.number({ error: message }).min(min, message).max(max, message);
}

export const capacityInputsSchema = z.object({
  dailyActiveUsers: bounded("Daily active users", 1, 1e10, "1 to 10 billion"),
  writesPerUserPerDay: bounded("Writes per user per day", 0, 1e6, "0 to 1 million"),
  readWriteRatio: bounded("Reads per write", 0, 1e6, "0 to 1 million"),
  objectSizeBytes: bounded("Object size", 1, 1e12, "1 byte to 1 TB (1,000,000,000,000 bytes)"),
  retentionYears: bounded("Retention", 0, 100, "0 to 100 years"),
  peakFactor: bounded("Peak factor", 1, 100, "1 to 100"),
  cacheHitTarget: bounded("Cache hit target", 0, 0.999, "0% to 99.9% (0 to 0.999)"),
  hotFraction: bounded("Hot share of reads", 0, 1, "0% to 100% (0 to 1)"),
});

export type CapacityInputs = z.infer<typeof capacityInputsSchema>;

export const DEFAULT_CAPACITY_INPUTS: CapacityInputs = {
  dailyActiveUsers: 10_000_000,
  writesPerUserPerDay: 2,
  readWriteRatio: 10,
  objectSizeBytes: 1_000,
  retentionYears: 5,
  peakFactor: 3,
  cacheHitTarget: 0.8,
  hotFraction: 0.2,
};

export type CapacityResult = {
  writesPerDay: number;
  readsPerDay: number;
  writeQpsAvg: number;
  writeQpsPeak: number;
  readQpsAvg: number;
  readQpsPeak: number;
  storagePerDayBytes: number;
  storagePerYearBytes: number;
  storageTotalBytes: number;
  ingressBytesPerSecAvg: number;
  ingressBytesPerSecPeak: number;
  egressBytesPerSecAvg: number;
  egressBytesPerSecPeak: number;
  cacheMemoryBytes: number;
  /** Reads per second that miss the cache and reach the database, at peak. */
  databaseReadQpsPeak: number;
};

/**
 * Cache model, the hot-set rule the problems in the bank use: keep the objects behind the hottest
 * share of one day's reads (20% by the 80/20 rule), so cache = hotFraction × readsPerDay × objectSize.
 * A day's reads repeat popular objects, so this is an upper bound on the distinct set; it is the
 * figure an interviewer expects to see. The hit target does not size the cache: it says how many
 * reads still reach the database, (1 − hit target) × read QPS.
 */
export const CACHE_MODEL_NOTE =
  "Cache memory follows the hot-set rule: hold the objects behind the hottest share of one day's reads (20% by the 80/20 rule), so cache ≈ hot share × reads per day × object size. Reads repeat popular objects, so the real distinct set is smaller: treat it as an upper bound. The hit target sets how many reads still reach the database.";

export function calculateCapacity(inputs: CapacityInputs): CapacityResult {
  const { dailyActiveUsers, writesPerUserPerDay, readWriteRatio, objectSizeBytes, retentionYears, peakFactor, cacheHitTarget, hotFraction } = inputs;
  const writesPerDay = dailyActiveUsers * writesPerUserPerDay;
  const readsPerDay = writesPerDay * readWriteRatio;
  const writeQpsAvg = writesPerDay / SECONDS_PER_DAY;
  const readQpsAvg = readsPerDay / SECONDS_PER_DAY;
  const storagePerDayBytes = writesPerDay * objectSizeBytes;
  const storagePerYearBytes = storagePerDayBytes * DAYS_PER_YEAR;
  const ingressAvg = writeQpsAvg * objectSizeBytes;
  const egressAvg = readQpsAvg * objectSizeBytes;
  return {
    writesPerDay,
    readsPerDay,
    writeQpsAvg,
    writeQpsPeak: writeQpsAvg * peakFactor,
    readQpsAvg,
    readQpsPeak: readQpsAvg * peakFactor,
    storagePerDayBytes,
    storagePerYearBytes,
    storageTotalBytes: storagePerYearBytes * retentionYears,
    ingressBytesPerSecAvg: ingressAvg,
    ingressBytesPerSecPeak: ingressAvg * peakFactor,
    egressBytesPerSecAvg: egressAvg,
    egressBytesPerSecPeak: egressAvg * peakFactor,
    cacheMemoryBytes: hotFraction * readsPerDay * objectSizeBytes,
    databaseReadQpsPeak: readQpsAvg * peakFactor * (1 - cacheHitTarget),
  };
}

/** Three significant digits, whole numbers from 100 up, thousands separators, no trailing zeros. */
function significant(value: number): string {
  if (value === 0) return "0";
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
  return rounded.toLocaleString("en-US", { maximumFractionDigits: 20 });
}

/** Picks the largest unit the value reaches, moving up one if rounding lands on the next unit. */
function scaled(value: number, base: number, units: readonly string[]): [string, string] {
  let index = 0;
  while (index < units.length - 1 && Math.abs(value) >= base ** (index + 1)) index++;
  let text = significant(value / base ** index);
  if (index < units.length - 1 && Math.abs(Number(text.replaceAll(",", ""))) >= base) {
    index++;
    text = significant(value / base ** index);
  }
  return [text, units[index]!];
}

const DECIMAL_BYTES = ["B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"] as const;
const BINARY_BYTES = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"] as const;

/** Bytes in SI units (1 KB = 1,000 B) and in IEC units (1 KiB = 1,024 B). */
export function formatBytes(bytes: number): { decimal: string; binary: string } {
  return { decimal: scaled(bytes, 1000, DECIMAL_BYTES).join(" "), binary: scaled(bytes, 1024, BINARY_BYTES).join(" ") };
}

/** "20 GB (18.6 GiB)": the decimal figure, with the binary one in parentheses when it differs. */
export function formatBytesBoth(bytes: number, suffix = ""): string {
  const { decimal, binary } = formatBytes(bytes);
  return decimal === binary ? `${decimal}${suffix}` : `${decimal}${suffix} (${binary}${suffix})`;
}

/** Per-second values: "11.6 /s", "1.16 K/s", "6.94 M/s". */
export function formatRate(perSecond: number): string {
  const [text, unit] = scaled(perSecond, 1000, ["", "K", "M", "G", "T", "P"]);
  return `${text} ${unit}/s`;
}

/** Plain counts: "2", "20 million", "1.5 billion". */
export function formatCount(count: number): string {
  const [text, unit] = scaled(count, 1000, ["", "thousand", "million", "billion", "trillion", "quadrillion"]);
  return unit ? `${text} ${unit}` : text;
}

function percent(fraction: number): string {
  return `${significant(fraction * 100)}%`;
}

/** A Markdown block for the candidate's notes: assumptions, then results with units. */
export function capacityToMarkdown(inputs: CapacityInputs, result: CapacityResult): string {
  const years = `${significant(inputs.retentionYears)} ${inputs.retentionYears === 1 ? "year" : "years"}`;
  const assumptions = [
    `Daily active users: ${formatCount(inputs.dailyActiveUsers)}`,
    `Writes per user per day: ${formatCount(inputs.writesPerUserPerDay)}`,
    `Reads per write: ${formatCount(inputs.readWriteRatio)}`,
    `Object size: ${formatBytesBoth(inputs.objectSizeBytes)}`,
    `Retention: ${years}`,
    `Peak factor: ${significant(inputs.peakFactor)}× average`,
    `Cache hit target: ${percent(inputs.cacheHitTarget)} of reads`,
    `Hot share of reads cached: ${percent(inputs.hotFraction)} of one day's reads`,
    `Days of ${SECONDS_PER_DAY.toLocaleString("en-US")} s, years of ${DAYS_PER_YEAR} days; 1 KB = 1,000 B, 1 KiB = 1,024 B`,
    `Cache model (hot-set rule): cache ≈ ${percent(inputs.hotFraction)} of one day's reads × object size, an upper bound since popular objects repeat`,
  ];
  const rows: [string, string][] = [
    ["Writes per day", formatCount(result.writesPerDay)],
    ["Reads per day", formatCount(result.readsPerDay)],
    ["Write QPS, average", formatRate(result.writeQpsAvg)],
    ["Write QPS, peak", formatRate(result.writeQpsPeak)],
    ["Read QPS, average", formatRate(result.readQpsAvg)],
    ["Read QPS, peak", formatRate(result.readQpsPeak)],
    ["Storage per day", formatBytesBoth(result.storagePerDayBytes)],
    ["Storage per year", formatBytesBoth(result.storagePerYearBytes)],
    [`Storage over ${years}`, formatBytesBoth(result.storageTotalBytes)],
    ["Ingress (writes), average", formatBytesBoth(result.ingressBytesPerSecAvg, "/s")],
    ["Ingress (writes), peak", formatBytesBoth(result.ingressBytesPerSecPeak, "/s")],
    ["Egress (reads), average", formatBytesBoth(result.egressBytesPerSecAvg, "/s")],
    ["Egress (reads), peak", formatBytesBoth(result.egressBytesPerSecPeak, "/s")],
    ["Cache memory", formatBytesBoth(result.cacheMemoryBytes)],
    ["Database reads (cache misses), peak", formatRate(result.databaseReadQpsPeak)],
  ];
  return [
    "### Capacity estimate",
    "",
    ...assumptions.map((line) => `- ${line}`),
    "",
    "| Quantity | Value |",
    "| --- | --- |",
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    "",
  ].join("\n");
}
