import { formatScore } from "@/lib/format/score";
import type { DimensionInfo } from "./evidence";
import type { FinishedPractice } from "./practice-history";

const DAY_MS = 86_400_000;
export const MAX_RECOMMENDATIONS = 5;
/** How strong an ungraded attempt is assumed to be: a middling 2 of 4. */
export const UNGRADED_STRENGTH = 2;

/** What the user's history says about one question they have practised. */
export type PractisedQuestion = {
  slug: string;
  title: string;
  sessions: number;
  /** Epoch ms of the latest finish. */
  lastPractisedAt: number;
  /** Best self-graded overall score (1..4), or null if never graded. */
  bestScore: number | null;
  /** The lowest dimension of that best attempt. */
  weakestDimension: (DimensionInfo & { level: number }) | null;
};

export type CoreProblem = { slug: string; title: string; done: number; target: number };

export type Recommendation = {
  slug: string;
  title: string;
  kind: "core" | "review";
  /** Higher is more urgent; never-practised core problems always come first. */
  priority: number;
  reason: string;
};

/** Groups finished sessions by question: how often, how recently, and how well at best. */
export function summarizePractice(history: FinishedPractice[], dimensions: DimensionInfo[]): PractisedQuestion[] {
  const titles = new Map(dimensions.map((d) => [d.key, d.title]));
  const order = new Map(dimensions.map((d, i) => [d.key, i]));
  const byQuestion = new Map<string, PractisedQuestion>();
  for (const session of history) {
    const entry = byQuestion.get(session.question.slug) ?? {
      slug: session.question.slug,
      title: session.question.title,
      sessions: 0,
      lastPractisedAt: 0,
      bestScore: null,
      weakestDimension: null,
    };
    entry.sessions += 1;
    entry.lastPractisedAt = Math.max(entry.lastPractisedAt, session.finishedAt);
    if (session.grade && (entry.bestScore === null || session.grade.overallScore > entry.bestScore)) {
      entry.bestScore = session.grade.overallScore;
      const weakest = Object.entries(session.grade.levels).sort(
        ([a, x], [b, y]) => x - y || (order.get(a) ?? 99) - (order.get(b) ?? 99),
      )[0];
      entry.weakestDimension = weakest ? { key: weakest[0], title: titles.get(weakest[0]) ?? weakest[0], level: weakest[1] } : null;
    }
    byQuestion.set(entry.slug, entry);
  }
  return [...byQuestion.values()];
}

/** 1 (weak) .. 4 (strong): the best score, pulled down a quarter of the way towards its weakest dimension. */
export function strengthOf(question: Pick<PractisedQuestion, "bestScore" | "weakestDimension">): number {
  if (question.bestScore === null) return UNGRADED_STRENGTH;
  const weakest = question.weakestDimension?.level ?? question.bestScore;
  return 0.75 * question.bestScore + 0.25 * Math.min(weakest, question.bestScore);
}

/**
 * Spaced repetition: a question is due again after 2^strength days (2 days for a 1, 16 for a 4),
 * and its priority is how far through that interval the user is (1 = due, 2 = overdue twice over).
 */
export function reviewPriority(question: PractisedQuestion, nowMs: number): number {
  const days = Math.max(0, nowMs - question.lastPractisedAt) / DAY_MS;
  return days / 2 ** strengthOf(question);
}

export function daysAgoWords(thenMs: number, nowMs: number): string {
  const days = Math.floor(Math.max(0, nowMs - thenMs) / DAY_MS);
  return days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}

function reviewReason(question: PractisedQuestion, nowMs: number, core: CoreProblem | undefined): string {
  const parts = [`Last practised ${daysAgoWords(question.lastPractisedAt, nowMs)}`];
  if (question.bestScore === null) parts.push("not graded yet");
  else parts.push(`best score ${formatScore(question.bestScore)}`);
  let reason = parts.join(", ");
  if (question.weakestDimension) reason += ` — ${question.weakestDimension.title} was weakest`;
  if (core && core.done < core.target) reason += ` (core problem: ${core.done} of ${core.target} sessions)`;
  return reason;
}

/**
 * Up to `limit` problems to practise next: never-practised core problems first (in checklist
 * order), then practised questions by spaced-repetition priority (weaker and longer ago first).
 */
export function recommendProblems(input: {
  practised: PractisedQuestion[];
  coreProblems: CoreProblem[];
  nowMs: number;
  limit?: number;
}): Recommendation[] {
  const limit = input.limit ?? MAX_RECOMMENDATIONS;
  const practised = new Set(input.practised.map((q) => q.slug));
  const coreBySlug = new Map(input.coreProblems.map((p) => [p.slug, p]));
  const fresh: Recommendation[] = input.coreProblems
    .filter((problem) => !practised.has(problem.slug))
    .map((problem) => ({ slug: problem.slug, title: problem.title, kind: "core", priority: Number.POSITIVE_INFINITY, reason: "Core problem not practised yet" }));
  const reviews: Recommendation[] = [...input.practised]
    .map((question) => ({ question, priority: reviewPriority(question, input.nowMs), strength: strengthOf(question) }))
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        a.strength - b.strength ||
        a.question.lastPractisedAt - b.question.lastPractisedAt ||
        a.question.slug.localeCompare(b.question.slug),
    )
    .map(({ question, priority }) => ({
      slug: question.slug,
      title: question.title,
      kind: "review",
      priority,
      reason: reviewReason(question, input.nowMs, coreBySlug.get(question.slug)),
    }));
  return [...fresh, ...reviews].slice(0, Math.max(0, limit));
}
