import { describe, expect, it } from "vitest";
import { dimensionSeries } from "@/lib/readiness/evidence";
import type { FinishedPractice, GradeFacts } from "@/lib/readiness/practice-history";
import { notableGap, selfPeerGap } from "@/lib/readiness/self-peer-gap";
import { gapNoteFor, summarizeReadiness } from "@/lib/readiness/summary";
import { DEFAULT_PLAN } from "@/lib/sessions/plan";

const T0 = Date.UTC(2026, 3, 1, 9);
const DAY = 86_400_000;

const grade = (levels: Record<string, number>): GradeFacts => ({ overallScore: 2.5, levels, rubricVersion: 1 });

function round(day: number, self: Record<string, number> | null, peer: Record<string, number> | null): FinishedPractice {
  return {
    sessionId: `s${day}`,
    question: { slug: "q", title: "Q", tags: [] },
    plan: DEFAULT_PLAN,
    startedAt: T0 + day * DAY,
    finishedAt: T0 + day * DAY + 45 * 60_000,
    advances: [],
    grade: self ? grade(self) : null,
    peerGrade: peer ? grade(peer) : null,
  };
}

const dims = [
  { key: "requirements", title: "Requirements" },
  { key: "deep_dive", title: "Deep dive" },
  { key: "trade_offs", title: "Trade-offs" },
];

describe("selfPeerGap", () => {
  it("compares the means per dimension over rounds that carry both grades, and nothing else", () => {
    const history = [
      round(0, { requirements: 3, deep_dive: 4, trade_offs: 2 }, { requirements: 2, deep_dive: 2, trade_offs: 3 }),
      round(1, { requirements: 3, deep_dive: 3 }, { requirements: 3, deep_dive: 2, trade_offs: 1 }),
      // Only one side graded: counted as peer-graded, never compared.
      round(2, null, { requirements: 1, deep_dive: 1, trade_offs: 1 }),
      round(3, { requirements: 1, deep_dive: 1, trade_offs: 1 }, null),
      // A solo session has no peer grade at all.
      { ...round(4, { requirements: 4 }, null), peerGrade: undefined },
    ];
    const result = selfPeerGap(history, dims);
    expect(result).toMatchObject({ peerGradedSessions: 3, comparedSessions: 2 });
    expect(result.dimensions).toEqual([
      { key: "requirements", title: "Requirements", selfMean: 3, peerMean: 2.5, gap: 0.5, sessions: 2 },
      { key: "deep_dive", title: "Deep dive", selfMean: 3.5, peerMean: 2, gap: 1.5, sessions: 2 },
      // The second round's self grade left trade-offs out, so only the first round counts.
      { key: "trade_offs", title: "Trade-offs", selfMean: 2, peerMean: 3, gap: -1, sessions: 1 },
    ]);
  });

  it("is empty without peer grades, and leaves out dimensions no round has on both sides", () => {
    expect(selfPeerGap([round(0, { requirements: 3 }, null)], dims)).toEqual({ peerGradedSessions: 0, comparedSessions: 0, dimensions: [] });
    const partial = selfPeerGap([round(0, { requirements: 3 }, { deep_dive: 2 })], dims);
    expect(partial).toEqual({ peerGradedSessions: 1, comparedSessions: 1, dimensions: [] });
    // Keys outside the catalog are not shown.
    expect(selfPeerGap([round(0, { retired: 4 }, { retired: 1 })], dims).dimensions).toEqual([]);
  });
});

describe("notable gap and its sentence", () => {
  const comparison = (dimensions: { key: string; gap: number; sessions: number }[]) => ({
    peerGradedSessions: 3,
    comparedSessions: 3,
    dimensions: dimensions.map((d) => ({ ...d, title: d.key, selfMean: 2 + d.gap, peerMean: 2 })),
  });

  it("picks the widest gap that is large enough and rests on at least two rounds", () => {
    expect(notableGap(comparison([{ key: "a", gap: 0.5, sessions: 5 }]))).toBeNull();
    expect(notableGap(comparison([{ key: "a", gap: 2, sessions: 1 }]))).toBeNull();
    expect(notableGap(comparison([{ key: "a", gap: 0.75, sessions: 2 }, { key: "b", gap: -1.25, sessions: 2 }, { key: "c", gap: 3, sessions: 1 }]))?.key).toBe("b");
  });

  it("says which way the gap goes, rounded to half a level", () => {
    const gap = (value: number, sessions = 3) => ({ key: "deep_dive", title: "Deep dive", selfMean: 2 + value, peerMean: 2, gap: value, sessions });
    expect(gapNoteFor(gap(1.1))).toBe(
      "On Deep dive, you rate yourself about a level higher than your interviewers do (3 peer rounds), so it may be weaker than your own grades suggest.",
    );
    expect(gapNoteFor(gap(-1.6, 2))).toBe(
      "On Deep dive, your interviewers rate you about 1.5 levels higher than you rate yourself (2 peer rounds), so you may be stronger there than you think.",
    );
  });

  it("puts the note in the readiness summary only when the data supports one", () => {
    const thresholds = null;
    const core = { atTarget: 0, total: 8 };
    const wide = [round(0, { deep_dive: 4 }, { deep_dive: 3 }), round(1, { deep_dive: 4 }, { deep_dive: 2 })];
    const summary = summarizeReadiness({ history: wide, dimensions: dims, thresholds, core });
    expect(summary.gap).toMatchObject({ key: "deep_dive", gap: 1.5, sessions: 2 });
    expect(summary.gapNote).toMatch(/^On Deep dive, you rate yourself about 1.5 levels higher/);
    expect(summarizeReadiness({ history: wide.slice(0, 1), dimensions: dims, thresholds, core })).toMatchObject({ gap: null, gapNote: null });
  });
});

describe("dimension series with interviewer grades", () => {
  it("puts the interviewer's levels beside the self-grades, and keeps rounds only the interviewer graded", () => {
    const series = dimensionSeries(
      [round(1, null, { deep_dive: 2 }), round(0, { deep_dive: 3, requirements: 2 }, { deep_dive: 1 }), round(2, null, null)],
      dims,
    );
    expect(series.map((s) => [s.key, s.points.map((p) => p.level), s.peerPoints.map((p) => p.level)])).toEqual([
      ["requirements", [2], []],
      ["deep_dive", [3], [1, 2]],
    ]);
  });
});
