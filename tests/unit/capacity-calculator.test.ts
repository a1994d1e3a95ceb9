import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EstimationCalculator } from "@/components/practice/estimation-calculator";
import { NumbersToKnow } from "@/components/practice/numbers-to-know";
import { availabilityRow, formatDuration, LATENCY_ROWS } from "@/lib/estimation/numbers-to-know";
import {
  calculateCapacity,
  capacityInputsSchema,
  capacityToMarkdown,
  DEFAULT_CAPACITY_INPUTS,
  formatBytes,
  formatCount,
  formatRate,
  type CapacityInputs,
} from "@/lib/estimation/calculator";
import { parseCalculatorInput } from "@/lib/estimation/parse-input";
import { loadQuestions } from "@/lib/content/load-questions";
import { REAL_CONTENT } from "../factories/content";

// 864,000 users × 1 write = 864,000 writes/day = exactly 10 writes/s over 86,400 s.
const inputs: CapacityInputs = {
  dailyActiveUsers: 864_000,
  writesPerUserPerDay: 1,
  readWriteRatio: 100,
  objectSizeBytes: 500,
  retentionYears: 3,
  peakFactor: 2.5,
  cacheHitTarget: 0.8,
  hotFraction: 0.2,
};

describe("calculateCapacity", () => {
  it("gives the numbers worked out by hand", () => {
    const r = calculateCapacity(inputs);
    expect(r.writesPerDay).toBe(864_000);
    expect(r.readsPerDay).toBe(86_400_000); // 864,000 × 100
    expect(r.writeQpsAvg).toBe(10); // 864,000 / 86,400
    expect(r.readQpsAvg).toBe(1_000); // 86,400,000 / 86,400
    expect(r.writeQpsPeak).toBe(25); // 10 × 2.5
    expect(r.readQpsPeak).toBe(2_500);
    expect(r.storagePerDayBytes).toBe(432_000_000); // 864,000 × 500 B
    expect(r.storagePerYearBytes).toBe(157_680_000_000); // × 365
    expect(r.storageTotalBytes).toBe(473_040_000_000); // × 3 years
    expect(r.ingressBytesPerSecAvg).toBe(5_000); // 10/s × 500 B
    expect(r.ingressBytesPerSecPeak).toBe(12_500);
    expect(r.egressBytesPerSecAvg).toBe(500_000); // 1,000/s × 500 B
    expect(r.egressBytesPerSecPeak).toBe(1_250_000);
    // Hot-set rule: the objects behind 20% of one day's reads, 0.2 × 86.4 million × 500 B.
    expect(r.cacheMemoryBytes).toBeCloseTo(8_640_000_000, 0);
    // 80% hits: a fifth of the 2,500 peak reads/s still reach the database.
    expect(r.databaseReadQpsPeak).toBeCloseTo(500, 9);
  });

  it("makes every peak the average times the peak factor", () => {
    for (const peakFactor of [1, 3, 7.5, 100]) {
      const r = calculateCapacity({ ...DEFAULT_CAPACITY_INPUTS, peakFactor });
      expect(r.writeQpsPeak).toBeCloseTo(r.writeQpsAvg * peakFactor, 9);
      expect(r.readQpsPeak).toBeCloseTo(r.readQpsAvg * peakFactor, 9);
      expect(r.ingressBytesPerSecPeak).toBeCloseTo(r.ingressBytesPerSecAvg * peakFactor, 6);
      expect(r.egressBytesPerSecPeak).toBeCloseTo(r.egressBytesPerSecAvg * peakFactor, 6);
    }
  });

  it("needs no storage, bandwidth or cache when nobody writes", () => {
    const r = calculateCapacity({ ...inputs, writesPerUserPerDay: 0 }); // and so nobody reads
    expect(r.storagePerDayBytes).toBe(0);
    expect(r.storagePerYearBytes).toBe(0);
    expect(r.storageTotalBytes).toBe(0);
    expect(r.writeQpsAvg).toBe(0);
    expect(r.ingressBytesPerSecPeak).toBe(0);
    expect(r.cacheMemoryBytes).toBe(0);
  });

  it("sizes the cache from a day's reads, not a day's new objects", () => {
    // Ten times the reads per write means ten times the cache, with writes unchanged.
    const few = calculateCapacity({ ...inputs, readWriteRatio: 10 });
    const many = calculateCapacity({ ...inputs, readWriteRatio: 100 });
    expect(many.cacheMemoryBytes / few.cacheMemoryBytes).toBeCloseTo(10, 9);
    expect(many.storagePerDayBytes).toBe(few.storagePerDayBytes);
    expect(calculateCapacity({ ...inputs, hotFraction: 0 }).cacheMemoryBytes).toBe(0);
    expect(calculateCapacity({ ...inputs, hotFraction: 0.4 }).cacheMemoryBytes).toBeCloseTo(2 * calculateCapacity(inputs).cacheMemoryBytes, 0);
  });

  it("sends fewer reads to the database for a higher hit target, without changing the cache size", () => {
    const misses = [0, 0.5, 0.8, 0.9, 0.99].map((cacheHitTarget) => calculateCapacity({ ...inputs, cacheHitTarget }));
    expect(misses[0]!.databaseReadQpsPeak).toBe(misses[0]!.readQpsPeak);
    for (let i = 1; i < misses.length; i++) expect(misses[i]!.databaseReadQpsPeak).toBeLessThan(misses[i - 1]!.databaseReadQpsPeak);
    expect(new Set(misses.map((r) => r.cacheMemoryBytes)).size).toBe(1);
  });

  it("agrees with the URL shortener's reference answer", async () => {
    const [question] = (await loadQuestions(REAL_CONTENT)).filter((q) => q.slug === "url-shortener");
    const { inputs: given, derived } = question!.body.estimate;
    const input = (name: string) => given.find((i) => i.name === name)!.value;
    const stated = (name: string) => derived.find((d) => d.name === name)!.value;
    const r = calculateCapacity({
      dailyActiveUsers: input("dau"),
      writesPerUserPerDay: input("links_per_user_per_day"),
      readWriteRatio: input("read_write_ratio"),
      objectSizeBytes: input("record_bytes"),
      retentionYears: input("retention_years"),
      peakFactor: input("peak_factor"),
      cacheHitTarget: input("cache_hit_ratio"),
      hotFraction: input("hot_fraction"),
    });
    const within1Percent = (actual: number, expected: number) => expect(Math.abs(actual - expected) / expected).toBeLessThan(0.01);
    within1Percent(r.cacheMemoryBytes, stated("cache_size")); // about 100 GB
    within1Percent(r.databaseReadQpsPeak, stated("peak_db_read_qps"));
    within1Percent(r.readQpsPeak, stated("peak_read_qps"));
    within1Percent(r.storageTotalBytes, stated("storage_total"));
  });
});

describe("parseCalculatorInput", () => {
  it("takes a share as a percentage with or without the sign, or as a fraction", () => {
    for (const text of ["80%", "80", "0.8", " 80 % "]) expect(parseCalculatorInput("cacheHitTarget", text)).toBeCloseTo(0.8, 12);
    expect(parseCalculatorInput("hotFraction", "20")).toBeCloseTo(0.2, 12);
    expect(parseCalculatorInput("cacheHitTarget", "99.9")).toBeCloseTo(0.999, 12);
    expect(parseCalculatorInput("cacheHitTarget", "1")).toBe(1); // a fraction of 1, which the schema refuses
  });

  it("reads counts with separators and exponents, and never as percentages", () => {
    expect(parseCalculatorInput("dailyActiveUsers", "10,000,000")).toBe(10_000_000);
    expect(parseCalculatorInput("dailyActiveUsers", "10_000_000")).toBe(10_000_000);
    expect(parseCalculatorInput("dailyActiveUsers", "1e7")).toBe(10_000_000);
    expect(parseCalculatorInput("readWriteRatio", "80")).toBe(80);
    expect(parseCalculatorInput("readWriteRatio", "")).toBeUndefined();
    expect(parseCalculatorInput("readWriteRatio", "lots")).toBeNaN();
  });
});

describe("formatting", () => {
  it("renders decimal and binary units distinctly", () => {
    expect(formatBytes(1_073_741_824)).toEqual({ decimal: "1.07 GB", binary: "1 GiB" });
    expect(formatBytes(1_500_000_000_000)).toEqual({ decimal: "1.5 TB", binary: "1.36 TiB" });
    expect(formatBytes(1_000)).toEqual({ decimal: "1 KB", binary: "1,000 B" });
    expect(formatBytes(1_024)).toEqual({ decimal: "1.02 KB", binary: "1 KiB" });
    expect(formatBytes(999_999).decimal).toBe("1 MB");
    expect(formatBytes(0)).toEqual({ decimal: "0 B", binary: "0 B" });
  });

  it("renders rates and counts compactly", () => {
    expect(formatRate(1_157.407)).toBe("1.16 K/s");
    expect(formatRate(11.574)).toBe("11.6 /s");
    expect(formatRate(2_500_000)).toBe("2.5 M/s");
    expect(formatCount(20_000_000)).toBe("20 million");
    expect(formatCount(2)).toBe("2");
  });
});

describe("capacityInputsSchema", () => {
  it("accepts the defaults", () => {
    expect(capacityInputsSchema.parse(DEFAULT_CAPACITY_INPUTS)).toEqual(DEFAULT_CAPACITY_INPUTS);
  });

  it("refuses out-of-range and non-numeric values with a readable message", () => {
    const messageFor = (patch: Record<string, unknown>) => capacityInputsSchema.safeParse({ ...inputs, ...patch }).error?.issues[0]?.message;
    expect(messageFor({ dailyActiveUsers: 0 })).toBe("Daily active users must be a number from 1 to 10 billion");
    expect(messageFor({ dailyActiveUsers: 2e10 })).toMatch(/Daily active users/);
    expect(messageFor({ cacheHitTarget: 1 })).toMatch(/Cache hit target must be a number from 0% to 99.9%/);
    expect(messageFor({ hotFraction: 1.5 })).toMatch(/Hot share of reads must be a number from 0% to 100%/);
    expect(messageFor({ peakFactor: 0.5 })).toMatch(/Peak factor/);
    expect(messageFor({ objectSizeBytes: Number.NaN })).toMatch(/Object size/);
    expect(messageFor({ retentionYears: Number.POSITIVE_INFINITY })).toMatch(/Retention/);
    expect(messageFor({ readWriteRatio: "10" })).toMatch(/Reads per write/);
    expect(messageFor({ writesPerUserPerDay: -1 })).toMatch(/Writes per user per day/);
  });
});

describe("capacityToMarkdown", () => {
  it("lists the assumptions and a table of results with units", () => {
    const md = capacityToMarkdown(inputs, calculateCapacity(inputs));
    expect(md).toMatch(/^### Capacity estimate\n/);
    expect(md).toContain("- Daily active users: 864 thousand");
    expect(md).toContain("- Reads per write: 100");
    expect(md).toContain("- Object size: 500 B");
    expect(md).toContain("- Retention: 3 years");
    expect(md).toContain("- Peak factor: 2.5× average");
    expect(md).toContain("- Cache hit target: 80% of reads");
    expect(md).toContain("| Quantity | Value |");
    expect(md).toContain("| Write QPS, average | 10 /s |");
    expect(md).toContain("| Read QPS, peak | 2.5 K/s |");
    expect(md).toContain("| Storage per day | 432 MB (412 MiB) |");
    expect(md).toContain("| Storage over 3 years | 473 GB (441 GiB) |");
    expect(md).toContain("| Egress (reads), average | 500 KB/s (488 KiB/s) |");
    expect(md).toContain("- Hot share of reads cached: 20% of one day's reads");
    expect(md).toContain("| Cache memory | 8.64 GB (8.05 GiB) |");
    expect(md).toContain("| Database reads (cache misses), peak | 500 /s |");
  });
});

describe("EstimationCalculator", () => {
  it("shows labelled inputs, the default results and an enabled insert button", () => {
    const html = renderToStaticMarkup(createElement(EstimationCalculator, { onInsert: () => {} }));
    expect(html).toContain('data-testid="estimation-calculator"');
    expect(html).toContain(">Daily active users</label>");
    expect(html).toContain("6.94 K/s"); // default peak reads: 200M/day ÷ 86,400 × 3
    expect(html).toContain("36.5 TB"); // 20 GB/day × 365 × 5 years
    expect(html).toContain("hot-set rule");
    expect(html).toContain("40 GB"); // default cache: 20% × 200M reads/day × 1 KB
    expect(html).toMatch(/<button[^>]*>Insert into notes<\/button>/);
    expect(html).not.toMatch(/<button[^>]*\sdisabled=""[^>]*>Insert into notes/);
  });

  it("disables the insert button when asked to", () => {
    const html = renderToStaticMarkup(createElement(EstimationCalculator, { onInsert: () => {}, disabled: true }));
    expect(html).toMatch(/<button[^>]*\sdisabled=""[^>]*>Insert into notes<\/button>/);
  });
});

describe("numbers to know", () => {
  const row = (operation: string) => LATENCY_ROWS.find((r) => r.operation === operation)!;

  it("quotes Dean's 2010 and Scott's 2020 tables as published, beside current hardware", () => {
    expect(row("Read 1 MB sequentially from memory")).toMatchObject({ dean2010: "250 µs", scott2020: "3 µs" });
    expect(row("Read 1 MB sequentially from memory").current).toContain("10–20 GB/s");
    expect(row("Read 4 KB at random from SSD")).toMatchObject({ dean2010: "150 µs*", scott2020: "16 µs" });
    expect(row("Read 1 MB sequentially from SSD")).toMatchObject({ dean2010: "1 ms*", scott2020: "49 µs" });
    expect(row("Disk seek")).toMatchObject({ dean2010: "10 ms", scott2020: "2 ms" });
    expect(row("Read 1 MB sequentially from disk")).toMatchObject({ dean2010: "20 ms", scott2020: "825 µs" });
    for (const operation of ["Branch mispredict", "Mutex lock/unlock (uncontended)", "Compress 1 KB (Zippy/Snappy)", "Send 1 KB over 1 Gbps"]) {
      expect(row(operation), operation).toBeDefined();
    }
  });

  it("works out downtime per availability target", () => {
    expect(availabilityRow("99.9")).toEqual({ target: "99.9%", perYear: "8.77 hours", perMonth: "43.8 minutes", perDay: "1.44 minutes" });
    expect(availabilityRow("99.99").perYear).toBe("52.6 minutes");
    expect(availabilityRow("99").perYear).toBe("3.65 days");
    expect(availabilityRow("99.999").perYear).toBe("5.26 minutes");
    expect(formatDuration(0.5)).toBe("0.5 seconds");
  });
});

describe("NumbersToKnow", () => {
  it("starts collapsed behind a button that says so", () => {
    const html = renderToStaticMarkup(createElement(NumbersToKnow));
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>.*Numbers to know/);
    expect(html).toMatch(/<div[^>]*hidden=""/);
    expect(html).toContain("86,400");
  });

  it("renders real tables with captions and column headers naming the sources", () => {
    const html = renderToStaticMarkup(createElement(NumbersToKnow));
    for (const caption of ["Latency", "Availability: downtime allowed", "Connections per server"]) expect(html).toMatch(new RegExp(`<caption[^>]*>${caption}</caption>`));
    for (const head of ["Dean 2010", "Scott 2020", "Current hardware", "Per year"]) expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${head}</th>`));
    expect(html).toContain("52.6 minutes");
    expect(html).toContain("WhatsApp");
  });
});
