import { describe, expect, it } from "vitest";
import { buildChecklistViews, coreProblemStatus, problemProgress } from "@/lib/readiness/checklists";
import type { Checklist, Roadmap } from "@/lib/readiness/content-schemas";
import { itemsForWeek, phaseForWeek, roadmapWeek } from "@/lib/readiness/roadmap-progress";
import { dateToUtcMs, roadmapSelectionSchema } from "@/lib/readiness/schemas";

describe("core problem practice counts", () => {
  it("counts finished sessions against the target without overflowing", () => {
    expect(problemProgress(0, 3)).toEqual({ done: 0, target: 3, atTarget: false, percent: 0 });
    expect(problemProgress(2, 3)).toEqual({ done: 2, target: 3, atTarget: false, percent: 67 });
    expect(problemProgress(5, 3)).toEqual({ done: 5, target: 3, atTarget: true, percent: 100 });
  });

  it("joins checklists with ticks and practice: problem items are done by sessions, others by ticks", () => {
    const lists: Checklist[] = [
      {
        key: "core-problems",
        title: "Core problems",
        kind: "problems",
        order: 1,
        description: "Three times each.",
        items: [
          { key: "url-shortener", text: "URL shortener", question: "url-shortener", target: 3 },
          { key: "news-feed", text: "News feed", question: "news-feed", target: 3 },
          { key: "web-crawler", text: "Web crawler", question: "web-crawler", target: 3 },
        ],
      },
      {
        key: "concepts",
        title: "Concepts",
        kind: "concepts",
        order: 2,
        description: "Know them.",
        items: [
          { key: "caching", text: "Caching" },
          { key: "sharding", text: "Sharding" },
          { key: "queues", text: "Queues" },
        ],
      },
    ];
    const tickedAt = new Date("2026-05-01T10:00:00Z");
    const views = buildChecklistViews(
      lists,
      new Map([["concepts/sharding", tickedAt], ["core-problems/news-feed", tickedAt]]),
      new Map([["url-shortener", 3], ["news-feed", 2]]),
    );
    expect(views[0]!.items.map((i) => [i.key, i.progress?.done, i.done, i.tickedAt])).toEqual([
      ["url-shortener", 3, true, null],
      ["news-feed", 2, false, null],
      ["web-crawler", 0, false, null],
    ]);
    expect(views[1]!.items.map((i) => i.tickedAt)).toEqual([null, "2026-05-01T10:00:00.000Z", null]);
    expect(views.map((v) => [v.done, v.total])).toEqual([[1, 3], [1, 3]]);
    expect(coreProblemStatus(views)).toMatchObject({ atTarget: 1, total: 3 });
  });
});

describe("roadmap weeks", () => {
  const roadmap = {
    key: "tiny",
    totalWeeks: 4,
    phases: [
      { title: "One", weeks: [1, 2], items: [{ key: "a", weeks: [1, 2] }, { key: "b", weeks: [2, 2] }] },
      { title: "Two", weeks: [3, 4], items: [{ key: "c", weeks: [3, 4] }] },
    ],
  } as unknown as Roadmap;

  it("counts weeks from the start date: days 0-6 are week 1", () => {
    expect(roadmapWeek("2026-05-01", "2026-05-01", 4)).toEqual({ week: 1, status: "in-progress", daysUntilStart: 0, weeksElapsed: 0, totalWeeks: 4 });
    expect(roadmapWeek("2026-05-01", "2026-05-07", 4).week).toBe(1);
    expect(roadmapWeek("2026-05-01", "2026-05-08", 4)).toMatchObject({ week: 2, weeksElapsed: 1 });
    expect(roadmapWeek("2026-05-01", "2026-04-28", 4)).toMatchObject({ week: 0, status: "not-started", daysUntilStart: 3 });
    expect(roadmapWeek("2026-05-01", "2026-06-01", 4)).toMatchObject({ week: 5, status: "complete", weeksElapsed: 4 });
  });

  it("crosses month, year and daylight-saving boundaries by calendar days", () => {
    expect(roadmapWeek("2025-12-29", "2026-01-12", 16).week).toBe(3);
    expect(roadmapWeek("2026-03-23", "2026-03-30", 16).week).toBe(2);
  });

  it("picks the items whose week range contains the week", () => {
    expect(itemsForWeek(roadmap, 1).map((i) => i.key)).toEqual(["a"]);
    expect(itemsForWeek(roadmap, 2).map((i) => i.key)).toEqual(["a", "b"]);
    expect(itemsForWeek(roadmap, 4).map((i) => [i.key, i.phase])).toEqual([["c", "Two"]]);
    expect(itemsForWeek(roadmap, 0)).toEqual([]);
    expect(itemsForWeek(roadmap, 5)).toEqual([]);
    expect(phaseForWeek(roadmap, 3)?.title).toBe("Two");
  });
});

describe("roadmap selection", () => {
  const now = Date.UTC(2026, 4, 20, 15);
  const schema = roadmapSelectionSchema(now);
  const startDate = (value: string) => schema.safeParse({ roadmapKey: "junior", startDate: value });

  it("accepts dates up to a year either side of today", () => {
    for (const date of ["2026-05-20", "2025-05-20", "2027-05-20", "2026-01-01"]) expect(startDate(date).success).toBe(true);
  });

  it("refuses malformed, impossible and far-off dates, and odd keys", () => {
    for (const date of ["2026-5-20", "20/05/2026", "2026-02-30", "2025-05-19", "2027-05-21", ""]) expect(startDate(date).success).toBe(false);
    expect(startDate("2025-05-19").error?.issues[0]?.message).toBe("must be between 2025-05-20 and 2027-05-20");
    expect(schema.safeParse({ roadmapKey: "Junior Plan", startDate: "2026-05-20" }).success).toBe(false);
    expect(schema.safeParse({ roadmapKey: "junior", startDate: "2026-05-20", extra: 1 }).success).toBe(false);
    expect(dateToUtcMs("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(dateToUtcMs("2025-02-29")).toBeNaN();
  });
});
