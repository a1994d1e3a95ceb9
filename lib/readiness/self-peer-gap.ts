import type { DimensionInfo } from "./evidence";
import type { FinishedPractice } from "./practice-history";

/** How the candidate's own level on one dimension compares with their interviewers' level. */
export type DimensionGap = DimensionInfo & {
  /** Mean self-graded level (1..4) over the rounds below. */
  selfMean: number;
  /** Mean level the interviewers gave over the same rounds. */
  peerMean: number;
  /** selfMean - peerMean: above 0 means the candidate rates themselves higher than interviewers do. */
  gap: number;
  /** Peer rounds with both grades on this dimension. */
  sessions: number;
};

export type SelfPeerComparison = {
  /** Finished rounds whose interviewer grade the candidate may see. */
  peerGradedSessions: number;
  /** Of those, the ones the candidate also graded themselves. */
  comparedSessions: number;
  /** One entry per dimension that both grades of at least one round carry, in catalog order. */
  dimensions: DimensionGap[];
};

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Per rubric dimension, the candidate's self-grade against the interviewer's grade, over the
 * rounds that have both (a level counts only where both grades rate that dimension). The history
 * carries only peer grades already revealed to the candidate, so nothing blind leaks through here.
 */
export function selfPeerGap(history: FinishedPractice[], dimensions: DimensionInfo[]): SelfPeerComparison {
  const peerGraded = history.filter((session) => session.peerGrade);
  const both = peerGraded.filter((session) => session.grade);
  const gaps = dimensions.flatMap((dimension): DimensionGap[] => {
    const pairs = both.flatMap((session) => {
      const self = session.grade!.levels[dimension.key];
      const peer = session.peerGrade!.levels[dimension.key];
      return typeof self === "number" && typeof peer === "number" ? [{ self, peer }] : [];
    });
    if (pairs.length === 0) return [];
    const selfMean = mean(pairs.map((pair) => pair.self));
    const peerMean = mean(pairs.map((pair) => pair.peer));
    return [{ ...dimension, selfMean, peerMean, gap: selfMean - peerMean, sessions: pairs.length }];
  });
  return { peerGradedSessions: peerGraded.length, comparedSessions: both.length, dimensions: gaps };
}

/** A gap this large (in levels) is worth a sentence in the summary... */
export const NOTABLE_GAP = 0.75;
/** ...when it rests on at least this many rounds. */
export const NOTABLE_GAP_ROUNDS = 2;

/** The widest gap worth mentioning, or null when none is both large enough and well enough founded. */
export function notableGap(comparison: SelfPeerComparison): DimensionGap | null {
  const candidates = comparison.dimensions.filter((d) => d.sessions >= NOTABLE_GAP_ROUNDS && Math.abs(d.gap) >= NOTABLE_GAP);
  return candidates.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || b.sessions - a.sessions)[0] ?? null;
}
