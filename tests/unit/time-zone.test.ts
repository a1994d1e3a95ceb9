import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay } from "@/lib/format/dates";
import { isTimeZone, nextDay, resolveTimeZone, zonedDayStart } from "@/lib/format/time-zone";

describe("dates in the user's time zone", () => {
  const instant = "2026-05-12T22:30:00Z";

  it("shows a time in the zone and names it, so nobody mistakes it for another", () => {
    expect(formatDateTime(instant, "UTC")).toBe("12 May 2026, 22:30 UTC");
    expect(formatDateTime(instant, "Europe/Berlin")).toBe("13 May 2026, 00:30 CEST");
    expect(formatDateTime(instant, "Asia/Kolkata")).toBe("13 May 2026, 04:00 GMT+5:30");
    // Late evening in New York is still the 12th there.
    expect(formatDay(instant, "America/New_York")).toBe("12 May 2026");
  });

  it("uses the zone chosen in settings, else the browser's, else UTC, and ignores what is not a zone", () => {
    expect(resolveTimeZone({ chosen: "Asia/Tokyo", detected: "Europe/Paris" })).toBe("Asia/Tokyo");
    expect(resolveTimeZone({ detected: "Europe/Paris" })).toBe("Europe/Paris");
    expect(resolveTimeZone({ chosen: "Mars/Olympus", detected: "<script>" })).toBe("UTC");
    expect(isTimeZone("x".repeat(65))).toBe(false);
  });

  it("finds where a day begins in a zone, across a daylight-saving change", () => {
    expect(zonedDayStart("2026-03-28", "Europe/Berlin").toISOString()).toBe("2026-03-27T23:00:00.000Z");
    // Clocks go forward on the 29th: the next day begins an hour earlier in UTC.
    expect(zonedDayStart("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(zonedDayStart("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(zonedDayStart("2026-05-13", "Asia/Kolkata").toISOString()).toBe("2026-05-12T18:30:00.000Z");
    expect(zonedDayStart("2026-05-13", "UTC").toISOString()).toBe("2026-05-13T00:00:00.000Z");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});
