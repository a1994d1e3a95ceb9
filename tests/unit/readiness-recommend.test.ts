import { describe, expect, it } from "vitest";
import type { FinishedPractice } from "@/lib/readiness/practice-history";
import { daysAgoWords, recommendProblems, reviewPriority, strengthOf, summarizePractice, type PractisedQuestion } from "@/lib/readiness/recommend";
import { DEFAULT_PLAN } from "@/lib/sessions/plan";

const NOW = Date.UTC(2026, 4, 20, 12);
const DAY = 86_400_000;
const dims = [
  { key: "requirements", title: "Requirements" },
  { key: "trade_offs", title: "Trade-offs" },
];

const practised = (slug: string, daysAgo: number, bestScore: number | null, weakest?: number): PractisedQuestion => ({
  slug,
  title: `Design ${slug}`,
  sessions: 1,
  lastPractisedAt: NOW - daysAgo * DAY,
  bestScore,
  weakestDimension: weakest === undefined ? null : { key: "trade_offs", title: "Trade-offs", level: weakest },
});

describe("recommendProblems", () => {
  it("puts never-practised core problems first, in checklist order, then reviews", () => {
    const result = recommendProblems({
      practised: [practised("url-shortener", 30, 2)],
      coreProblems: [
        { slug: "url-shortener", title: "URL shortener", done: 1, target: 3 },
        { slug: "news-feed", title: "News feed", done: 0, target: 3 },
        { slug: "chat-messenger", title: "Chat", done: 0, target: 3 },
      ],
      nowMs: NOW,
    });
    expect(result.map((r) => [r.slug, r.kind])).toEqual([
      ["news-feed", "core"],
      ["chat-messenger", "core"],
      ["url-shortener", "review"],
    ]);
    expect(result[0]!.reason).toBe("Core problem not practised yet");
    expect(result[2]!.reason).toBe("Last practised 30 days ago, best score 2.00 (core problem: 1 of 3 sessions)");
  });

  it("ranks reviews by days since practice and by weakness, and stops at five", () => {
    const result = recommendProblems({
      practised: [
        practised("strong-old", 20, 4), // 20 / 16 = 1.25
        practised("weak-recent", 3, 1.5), // 3 / 2^1.5 = 1.06
        practised("weak-old", 20, 1.5), // 7.07
        practised("mid-today", 0, 2.5),
        practised("ungraded", 10, null), // 10 / 4 = 2.5
        practised("medium", 8, 3, 1), // strength 2.5 -> 8 / 5.66 = 1.41
      ],
      coreProblems: [],
      nowMs: NOW,
    });
    expect(result.map((r) => r.slug)).toEqual(["weak-old", "ungraded", "medium", "strong-old", "weak-recent"]);
    expect(result.find((r) => r.slug === "medium")!.reason).toBe("Last practised 8 days ago, best score 3.00 — Trade-offs was weakest");
    expect(result.find((r) => r.slug === "ungraded")!.reason).toBe("Last practised 10 days ago, not graded yet");
  });

  it("ranks a weaker weakest dimension sooner at the same best score and age", () => {
    const result = recommendProblems({ practised: [practised("even", 5, 3, 3), practised("lopsided", 5, 3, 1)], coreProblems: [], nowMs: NOW });
    expect(result.map((r) => r.slug)).toEqual(["lopsided", "even"]);
    expect(strengthOf({ bestScore: 3, weakestDimension: { key: "x", title: "X", level: 1 } })).toBe(2.5);
  });

  it("breaks ties on the same day by weakness, and recommends nothing with no history and no core problems", () => {
    const result = recommendProblems({ practised: [practised("b", 0, 3), practised("a", 0, 2)], coreProblems: [], nowMs: NOW });
    expect(result.map((r) => r.slug)).toEqual(["a", "b"]);
    expect(result[0]!.reason).toMatch(/^Last practised today/);
    expect(recommendProblems({ practised: [], coreProblems: [], nowMs: NOW })).toEqual([]);
  });

  it("grows priority with time: due after 2^strength days", () => {
    expect(reviewPriority(practised("x", 4, 2), NOW)).toBeCloseTo(1);
    expect(reviewPriority(practised("x", 8, 2), NOW)).toBeCloseTo(2);
    expect(reviewPriority(practised("x", 16, 4), NOW)).toBeCloseTo(1);
    expect(daysAgoWords(NOW - DAY - 1000, NOW)).toBe("yesterday");
  });
});

describe("summarizePractice", () => {
  const session = (slug: string, daysAgo: number, grade: FinishedPractice["grade"]): FinishedPractice => ({
    sessionId: `${slug}-${daysAgo}`,
    question: { slug, title: slug, tags: [] },
    plan: DEFAULT_PLAN,
    startedAt: NOW - daysAgo * DAY - 45 * 60_000,
    finishedAt: NOW - daysAgo * DAY,
    advances: [],
    grade,
  });

  it("keeps the latest practice, the best score and that attempt's weakest dimension per question", () => {
    const [entry] = summarizePractice(
      [
        session("q", 10, { overallScore: 3.2, levels: { requirements: 4, trade_offs: 2 }, rubricVersion: 1 }),
        session("q", 2, { overallScore: 2.1, levels: { requirements: 1, trade_offs: 3 }, rubricVersion: 1 }),
        session("q", 1, null),
      ],
      dims,
    );
    expect(entry).toEqual({
      slug: "q",
      title: "q",
      sessions: 3,
      lastPractisedAt: NOW - DAY,
      bestScore: 3.2,
      weakestDimension: { key: "trade_offs", title: "Trade-offs", level: 2 },
    });
  });
});
