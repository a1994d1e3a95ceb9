import { formatScore } from "@/lib/format/score";
import { thresholdScore, type HiringSignal, type Rubric } from "@/lib/grading/rubric-schema";
import { DEFAULT_TARGET } from "@/lib/grading/score";
import type { TargetLevel } from "@/lib/users/schemas";
import type { DimensionInfo } from "./evidence";
import type { FinishedPractice } from "./practice-history";
import { notableGap, selfPeerGap, type DimensionGap } from "./self-peer-gap";

/** How many of the latest graded sessions the summary looks at. */
export const RECENT_GRADED = 5;
/** The level a dimension needs to count as "hire". */
export const HIRE_LEVEL = 3;

export const SIGNAL_WORDS: Record<HiringSignal, string> = {
  strong_hire: "strong hire",
  hire: "hire",
  lean_no_hire: "lean no hire",
  no_hire: "no hire",
};

export type DimensionAverage = DimensionInfo & { average: number; sessions: number };

export type ReadinessSummary = {
  finishedSessions: number;
  gradedSessions: number;
  /** Graded sessions the averages below come from (at most RECENT_GRADED). */
  recentGraded: number;
  averageOverall: number | null;
  signal: HiringSignal | null;
  /** Every dimension's average over the recent graded sessions, weakest first. */
  dimensions: DimensionAverage[];
  /** Those below hire level, weakest first. */
  holdingBack: DimensionAverage[];
  core: { atTarget: number; total: number };
  verdict: string;
  /** The widest well-founded gap between self-grades and interviewers' grades, if any, and a sentence on it. */
  gap: DimensionGap | null;
  gapNote: string | null;
};

const one = formatScore;

export function signalFor(score: number, thresholds: Rubric["signalThresholds"], target: TargetLevel = DEFAULT_TARGET): HiringSignal | null {
  const sorted = [...thresholds].sort((a, b) => thresholdScore(b, target) - thresholdScore(a, target));
  return sorted.find((threshold) => score >= thresholdScore(threshold, target))?.signal ?? null;
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function verdictFor(summary: Omit<ReadinessSummary, "verdict" | "gap" | "gapNote">): string {
  if (summary.finishedSessions === 0) return "No evidence yet: finish a practice session and grade yourself to see where you stand.";
  if (summary.averageOverall === null) {
    const sessions = summary.finishedSessions === 1 ? "1 session" : `${summary.finishedSessions} sessions`;
    return `You have finished ${sessions} but graded none yet: grade yourself after each session to see where you stand.`;
  }
  const weak = listWords(summary.holdingBack.slice(0, 2).map((d) => d.title));
  const level = `your last ${summary.recentGraded === 1 ? "graded session scores" : `${summary.recentGraded} graded sessions average`} ${one(summary.averageOverall)}${summary.signal ? ` (${SIGNAL_WORDS[summary.signal]})` : ""}`;
  if (summary.signal === "strong_hire" || summary.signal === "hire") {
    if (weak) return `Nearly ready: ${level}, but ${weak} still ${summary.holdingBack.length > 1 ? "score" : "scores"} below hire level.`;
    return summary.signal === "strong_hire" ? `Ready: ${level}; keep your core problems fresh.` : `Nearly ready: ${level}; push for more depth to reach strong hire.`;
  }
  return `Not ready yet: ${level}${weak ? `; work on ${weak} first` : ""}.`;
}

/** "about a level", "about 1.5 levels": a gap rounded to the nearest half level. */
function levelsWords(gap: number): string {
  const halves = Math.round(Math.abs(gap) * 2) / 2;
  return halves === 1 ? "about a level" : `about ${halves} levels`;
}

export function gapNoteFor(gap: DimensionGap): string {
  const rounds = `${gap.sessions} peer rounds`;
  return gap.gap > 0
    ? `On ${gap.title}, you rate yourself ${levelsWords(gap.gap)} higher than your interviewers do (${rounds}), so it may be weaker than your own grades suggest.`
    : `On ${gap.title}, your interviewers rate you ${levelsWords(gap.gap)} higher than you rate yourself (${rounds}), so you may be stronger there than you think.`;
}

/**
 * The plain-words summary: what holds the user back (from their self-grades), how many core
 * problems are done, a verdict, and where interviewers see them differently than they see themselves.
 */
export function summarizeReadiness(input: {
  history: FinishedPractice[];
  dimensions: DimensionInfo[];
  thresholds: Rubric["signalThresholds"] | null;
  /** The level the user aims for: the signal is read against its bar. */
  target?: TargetLevel;
  core: { atTarget: number; total: number };
}): ReadinessSummary {
  const graded = input.history.filter((session) => session.grade).sort((a, b) => b.finishedAt - a.finishedAt);
  const recent = graded.slice(0, RECENT_GRADED);
  const averageOverall = recent.length ? recent.reduce((sum, session) => sum + session.grade!.overallScore, 0) / recent.length : null;
  const dimensions = input.dimensions
    .map((dimension): DimensionAverage | null => {
      const levels = recent.map((session) => session.grade!.levels[dimension.key]).filter((level): level is number => typeof level === "number");
      return levels.length ? { ...dimension, average: levels.reduce((a, b) => a + b, 0) / levels.length, sessions: levels.length } : null;
    })
    .filter((d): d is DimensionAverage => d !== null)
    .sort((a, b) => a.average - b.average);
  const partial = {
    finishedSessions: input.history.length,
    gradedSessions: graded.length,
    recentGraded: recent.length,
    averageOverall,
    signal: averageOverall !== null && input.thresholds ? signalFor(averageOverall, input.thresholds, input.target) : null,
    dimensions,
    holdingBack: dimensions.filter((d) => d.average < HIRE_LEVEL),
    core: input.core,
  };
  const gap = notableGap(selfPeerGap(input.history, input.dimensions));
  return { ...partial, verdict: verdictFor(partial), gap, gapNote: gap ? gapNoteFor(gap) : null };
}
