import type { Rubric } from "@/lib/grading/rubric-schema";
import { PHASES, type PhaseKey } from "@/lib/questions/phases";
import { TOPIC_TAGS, type TopicTag } from "@/lib/questions/taxonomy";
import { computeClock } from "@/lib/sessions/clock";
import type { FinishedPractice, GradeFacts } from "./practice-history";
import { selfPeerGap, type SelfPeerComparison } from "./self-peer-gap";

export type DimensionInfo = { key: string; title: string };

/** Dimensions to show: the newest rubric's, in its order, then any that only older versions had. */
export function dimensionCatalog(rubrics: Map<number, Rubric>): DimensionInfo[] {
  const byKey = new Map<string, string>();
  for (const version of [...rubrics.keys()].sort((a, b) => b - a)) {
    for (const dimension of rubrics.get(version)!.dimensions) if (!byKey.has(dimension.key)) byKey.set(dimension.key, dimension.title);
  }
  return [...byKey].map(([key, title]) => ({ key, title }));
}

export type SeriesPoint = { at: number; level: number };
export type DimensionSeries = DimensionInfo & {
  /** The candidate's self-graded level, one per session that has it. */
  points: SeriesPoint[];
  /** The interviewer's level in peer rounds, where revealed to the candidate. */
  peerPoints: SeriesPoint[];
};

/** The trend chart shows this many most recent graded sessions: enough to see a direction, small enough to read. */
export const CHART_SESSIONS = 30;

const levelsAt = (sessions: FinishedPractice[], key: string, grade: (session: FinishedPractice) => GradeFacts | null | undefined) =>
  sessions.flatMap((session) => {
    const level = grade(session)?.levels[key];
    return typeof level === "number" ? [{ at: session.finishedAt, level }] : [];
  });

/**
 * One line per dimension over the recent graded sessions (self-graded, or graded by an
 * interviewer), by finish time: the self-graded levels, and beside them the interviewer's.
 */
export function dimensionSeries(history: FinishedPractice[], dimensions: DimensionInfo[]): DimensionSeries[] {
  const graded = history
    .filter((session) => session.grade || session.peerGrade)
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .slice(-CHART_SESSIONS);
  return dimensions
    .map((dimension) => ({
      ...dimension,
      points: levelsAt(graded, dimension.key, (session) => session.grade),
      peerPoints: levelsAt(graded, dimension.key, (session) => session.peerGrade),
    }))
    .filter((series) => series.points.length > 0 || series.peerPoints.length > 0);
}

export type TopicCount = { tag: TopicTag; label: string; sessions: number };

/** For every topic tag, how many finished sessions were on a question carrying it; most practised first. */
export function topicCoverage(history: FinishedPractice[]): TopicCount[] {
  return (Object.keys(TOPIC_TAGS) as TopicTag[])
    .map((tag) => ({ tag, label: TOPIC_TAGS[tag], sessions: history.filter((session) => session.question.tags.includes(tag)).length }))
    .sort((a, b) => b.sessions - a.sessions || a.label.localeCompare(b.label));
}

export type PhaseDiscipline = { key: PhaseKey; title: string; sessions: number; meanRatio: number | null };

/**
 * Time discipline per phase: the mean, over finished sessions that reached the phase, of time
 * spent in it divided by its planned minutes (1 = on time, above 1 = over). Uses the same clock
 * the practice room shows, so the figures match what the user saw.
 */
export function timeDiscipline(history: FinishedPractice[]): PhaseDiscipline[] {
  const sums = new Map<PhaseKey, { total: number; count: number }>();
  for (const session of history) {
    const clock = computeClock(
      { startedAt: session.startedAt, plan: session.plan, advances: session.advances, finishedAt: session.finishedAt },
      session.finishedAt,
    );
    for (const phase of clock.phases) {
      if (phase.startedAt === null || phase.minutes <= 0) continue;
      const sum = sums.get(phase.key) ?? { total: 0, count: 0 };
      sum.total += phase.spentMs / (phase.minutes * 60_000);
      sum.count += 1;
      sums.set(phase.key, sum);
    }
  }
  return PHASES.map((phase) => {
    const sum = sums.get(phase.key);
    return { key: phase.key, title: phase.title, sessions: sum?.count ?? 0, meanRatio: sum ? sum.total / sum.count : null };
  });
}

export type Evidence = {
  finishedSessions: number;
  /** Sessions the candidate graded themselves. */
  gradedSessions: number;
  series: DimensionSeries[];
  /** Self-grades against interviewers' grades, per dimension (peer rounds). */
  selfVsPeer: SelfPeerComparison;
  coverage: TopicCount[];
  discipline: PhaseDiscipline[];
};

export function buildEvidence(history: FinishedPractice[], dimensions: DimensionInfo[]): Evidence {
  return {
    finishedSessions: history.length,
    gradedSessions: history.filter((session) => session.grade).length,
    series: dimensionSeries(history, dimensions),
    selfVsPeer: selfPeerGap(history, dimensions),
    coverage: topicCoverage(history),
    discipline: timeDiscipline(history),
  };
}
