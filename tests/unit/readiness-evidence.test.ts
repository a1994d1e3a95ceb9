import { describe, expect, it } from "vitest";
import { dimensionCatalog, dimensionSeries, timeDiscipline, topicCoverage } from "@/lib/readiness/evidence";
import type { FinishedPractice } from "@/lib/readiness/practice-history";
import { summarizeReadiness } from "@/lib/readiness/summary";
import type { Rubric } from "@/lib/grading/rubric-schema";
import { DEFAULT_PLAN, type Plan } from "@/lib/sessions/plan";

const T0 = Date.UTC(2026, 3, 1, 9);
const MIN = 60_000;
const DAY = 86_400_000;

/** A session starting `day` days after T0 that spent `spent[i]` minutes in phase i. */
function session(day: number, spent: number[], options: { plan?: Plan; tags?: string[]; grade?: FinishedPractice["grade"] } = {}): FinishedPractice {
  const startedAt = T0 + day * DAY;
  const advances: number[] = [];
  let at = startedAt;
  for (const minutes of spent.slice(0, -1)) advances.push((at += minutes * MIN));
  return {
    sessionId: `s${day}`,
    question: { slug: "q", title: "Q", tags: options.tags ?? [] },
    plan: options.plan ?? DEFAULT_PLAN,
    startedAt,
    finishedAt: at + spent.at(-1)! * MIN,
    advances,
    grade: options.grade ?? null,
  };
}

const grade = (overallScore: number, levels: Record<string, number>) => ({ overallScore, levels, rubricVersion: 1 });
const dims = [
  { key: "requirements", title: "Requirements" },
  { key: "estimation", title: "Estimation" },
  { key: "trade_offs", title: "Trade-offs" },
];
const thresholds: Rubric["signalThresholds"] = [
  { signal: "strong_hire", minScore: 3.5, summary: "x".repeat(10) },
  { signal: "hire", minScore: 2.75, summary: "x".repeat(10) },
  { signal: "lean_no_hire", minScore: 2, summary: "x".repeat(10) },
  { signal: "no_hire", minScore: 1, summary: "x".repeat(10) },
];

describe("time discipline", () => {
  it("averages time spent over time planned per phase, across sessions", () => {
    // Plan 5, 5, 10, 20, 5. First: on time. Second: clarify twice as long, estimate half, rest on time.
    const result = timeDiscipline([session(0, [5, 5, 10, 20, 5]), session(1, [10, 2.5, 10, 20, 5])]);
    expect(result.map((p) => [p.key, p.sessions, p.meanRatio])).toEqual([
      ["clarify", 2, 1.5],
      ["estimate", 2, 0.75],
      ["high_level", 2, 1],
      ["deep_dive", 2, 1],
      ["trade_offs", 2, 1],
    ]);
  });

  it("leaves out phases a session never reached, and phases a plan folded away", () => {
    const folded: Plan = [
      { key: "clarify", minutes: 5 },
      { key: "high_level", minutes: 10 },
      { key: "deep_dive", minutes: 25 },
      { key: "trade_offs", minutes: 5 },
    ];
    const result = timeDiscipline([session(0, [5, 20], { plan: folded })]);
    expect(result.map((p) => [p.key, p.sessions, p.meanRatio])).toEqual([
      ["clarify", 1, 1],
      ["estimate", 0, null],
      ["high_level", 1, 2],
      ["deep_dive", 0, null],
      ["trade_offs", 0, null],
    ]);
    expect(timeDiscipline([]).every((p) => p.meanRatio === null)).toBe(true);
  });
});

describe("topic coverage and dimension series", () => {
  it("counts finished sessions per topic tag, most practised first, with every topic listed", () => {
    const coverage = topicCoverage([session(0, [45], { tags: ["caching", "sharding"] }), session(1, [45], { tags: ["caching"] })]);
    expect(coverage.slice(0, 2)).toEqual([
      { tag: "caching", label: "Caching", sessions: 2 },
      { tag: "sharding", label: "Sharding", sessions: 1 },
    ]);
    expect(coverage.length).toBe(24);
    expect(coverage.find((t) => t.tag === "geo")!.sessions).toBe(0);
  });

  it("draws one line per graded dimension, ordered by finish time, skipping ungraded sessions", () => {
    const series = dimensionSeries(
      [
        session(2, [45], { grade: grade(3, { requirements: 3, trade_offs: 2 }) }),
        session(0, [45], { grade: grade(2, { requirements: 2, trade_offs: 1 }) }),
        session(1, [45]),
      ],
      dims,
    );
    expect(series.map((s) => [s.key, s.points.map((p) => p.level)])).toEqual([
      ["requirements", [2, 3]],
      ["trade_offs", [1, 2]],
    ]);
    expect(series[0]!.points[0]!.at).toBe(T0 + 45 * MIN);
  });

  it("names dimensions from the newest rubric first, keeping ones only older versions had", () => {
    const rubric = (dimensions: { key: string; title: string }[]) => ({ dimensions }) as unknown as Rubric;
    const catalog = dimensionCatalog(
      new Map([
        [1, rubric([{ key: "old_only", title: "Old" }, { key: "requirements", title: "Reqs v1" }])],
        [2, rubric([{ key: "requirements", title: "Requirements" }])],
      ]),
    );
    expect(catalog).toEqual([
      { key: "requirements", title: "Requirements" },
      { key: "old_only", title: "Old" },
    ]);
  });
});

describe("readiness summary", () => {
  const core = { atTarget: 2, total: 8 };

  it("says so when there is no evidence yet", () => {
    const summary = summarizeReadiness({ history: [], dimensions: dims, thresholds, core });
    expect(summary).toMatchObject({ finishedSessions: 0, averageOverall: null, holdingBack: [] });
    expect(summary.verdict).toMatch(/^No evidence yet/);
    expect(summarizeReadiness({ history: [session(0, [45])], dimensions: dims, thresholds, core }).verdict).toMatch(/finished 1 session but graded none/);
  });

  it("finds the dimensions below hire level over the last five graded sessions, weakest first", () => {
    const history = [
      // The oldest grade is outside the last five and must not count.
      session(0, [45], { grade: grade(1, { requirements: 1, estimation: 1, trade_offs: 1 }) }),
      ...[1, 2, 3, 4, 5].map((day) => session(day, [45], { grade: grade(2.5, { requirements: 4, estimation: day % 2 ? 2 : 3, trade_offs: 2 }) })),
      session(6, [45]),
    ];
    const summary = summarizeReadiness({ history, dimensions: dims, thresholds, core });
    expect(summary).toMatchObject({ finishedSessions: 7, gradedSessions: 6, recentGraded: 5, averageOverall: 2.5, signal: "lean_no_hire" });
    expect(summary.dimensions.map((d) => [d.key, d.average])).toEqual([
      ["trade_offs", 2],
      ["estimation", 2.4],
      ["requirements", 4],
    ]);
    expect(summary.holdingBack.map((d) => d.key)).toEqual(["trade_offs", "estimation"]);
    expect(summary.verdict).toBe("Not ready yet: your last 5 graded sessions average 2.50 (lean no hire); work on Trade-offs and Estimation first.");
  });

  it("calls a strong record ready", () => {
    const summary = summarizeReadiness({
      history: [session(0, [45], { grade: grade(3.7, { requirements: 4, estimation: 3, trade_offs: 4 }) })],
      dimensions: dims,
      thresholds,
      core,
    });
    expect(summary.signal).toBe("strong_hire");
    expect(summary.holdingBack).toEqual([]);
    expect(summary.verdict).toBe("Ready: your last graded session scores 3.70 (strong hire); keep your core problems fresh.");
  });
});
