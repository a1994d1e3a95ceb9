import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, practiceSessions, questions, sessionParticipants, sessionPhaseAdvances } from "@/db/schema";
import { LRUCache } from "lru-cache";
import { gradesRevealed, revealsAt } from "@/lib/grading/blind";
import type { Plan } from "@/lib/sessions/plan";
import { getUserDataVersion } from "@/lib/users/queries";

/** How many of a user's most recent finished sessions feed the evidence and recommendations. */
export const HISTORY_LIMIT = 500;

export type GradeFacts = { overallScore: number; levels: Record<string, number>; rubricVersion: number };
/** The candidate's grade of themselves. */
export type SelfGrade = GradeFacts;
/** The interviewer's grade of the candidate in a peer round. */
export type PeerGrade = GradeFacts;

/** A finished session the user took part in as the candidate, with its clock facts and grades. */
export type FinishedPractice = {
  sessionId: string;
  question: { slug: string; title: string; tags: string[] };
  plan: Plan;
  /** Epoch milliseconds. */
  startedAt: number;
  finishedAt: number;
  /** When each later phase began (epoch ms), in phase order. */
  advances: number[];
  grade: SelfGrade | null;
  /**
   * The interviewer's grade (peer rounds), only once the candidate may see it: grades are blind
   * until both sides have graded or 48 hours have passed (lib/grading/blind.ts). Absent or null
   * otherwise, so a hidden grade never reaches anything built from the history.
   */
  peerGrade?: PeerGrade | null;
};

/** Only finished sessions count as practice, and only where the user was the candidate. */
const finishedAsCandidate = (userId: string) =>
  and(
    eq(practiceSessions.status, "finished"),
    isNotNull(practiceSessions.finishedAt),
    eq(sessionParticipants.userId, userId),
    eq(sessionParticipants.role, "candidate"),
  );

/** The user's finished sessions per question slug. */
export async function countFinishedByQuestion(db: Db, userId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ slug: questions.slug, count: sql<number>`count(*)`.mapWith(Number) })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, practiceSessions.id))
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .where(finishedAsCandidate(userId))
    .groupBy(questions.slug);
  return new Map(rows.map((row) => [row.slug, row.count]));
}

/** A history as of one moment, and when it next changes by the clock alone (a blind lifting). */
type HistoryAsOf = { history: FinishedPractice[]; changesAt: number };

const gradeColumns = {
  sessionId: grades.sessionId,
  overallScore: grades.overallScore,
  levels: sql<Record<string, number>>`${grades.body}->'levels'`,
  rubricVersion: grades.rubricVersion,
};
const gradeFacts = (row: GradeFacts): GradeFacts => ({ overallScore: row.overallScore, levels: row.levels, rubricVersion: row.rubricVersion });

async function loadHistory(db: Db, userId: string, nowMs: number, limit: number): Promise<HistoryAsOf> {
  const rows = await db
    .select({
      sessionId: practiceSessions.id,
      plan: practiceSessions.plan,
      startedAt: practiceSessions.startedAt,
      finishedAt: practiceSessions.finishedAt,
      slug: questions.slug,
      title: questions.title,
      tags: questions.tags,
    })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, practiceSessions.id))
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .where(finishedAsCandidate(userId))
    .orderBy(desc(practiceSessions.finishedAt))
    .limit(limit);
  if (rows.length === 0) return { history: [], changesAt: Infinity };
  const ids = rows.map((row) => row.sessionId);
  const [advanceRows, selfRows, peerRows] = await Promise.all([
    db
      .select({ sessionId: sessionPhaseAdvances.sessionId, at: sessionPhaseAdvances.at })
      .from(sessionPhaseAdvances)
      .where(inArray(sessionPhaseAdvances.sessionId, ids))
      .orderBy(asc(sessionPhaseAdvances.sessionId), asc(sessionPhaseAdvances.phaseIndex)),
    db
      .select(gradeColumns)
      .from(grades)
      .where(and(inArray(grades.sessionId, ids), eq(grades.graderId, userId), eq(grades.kind, "self"))),
    // The user is the candidate of these sessions, so a peer grade there is an interviewer's grade of them.
    db
      .select(gradeColumns)
      .from(grades)
      .where(and(inArray(grades.sessionId, ids), ne(grades.graderId, userId), eq(grades.kind, "peer"))),
  ]);
  const advances = new Map<string, number[]>();
  for (const row of advanceRows) advances.set(row.sessionId, [...(advances.get(row.sessionId) ?? []), row.at.getTime()]);
  const selfGrades = new Map(selfRows.map((row) => [row.sessionId, gradeFacts(row)]));
  const peerGrades = new Map(peerRows.map((row) => [row.sessionId, gradeFacts(row)]));
  let changesAt = Infinity;
  const history = rows
    .map(({ slug, title, tags, startedAt, finishedAt, ...row }): FinishedPractice => {
      const finished = finishedAt!.getTime();
      const grade = selfGrades.get(row.sessionId) ?? null;
      let peerGrade = peerGrades.get(row.sessionId) ?? null;
      if (peerGrade && !gradesRevealed({ finishedAt: finished, selfSubmitted: grade !== null, peerSubmitted: true }, nowMs)) {
        // Hidden from the candidate for now; it shows once they grade themselves (a write, which
        // bumps their data version) or when the blind lifts by the clock.
        changesAt = Math.min(changesAt, revealsAt(finished)!);
        peerGrade = null;
      }
      return {
        ...row,
        question: { slug, title, tags },
        startedAt: startedAt.getTime(),
        finishedAt: finished,
        advances: advances.get(row.sessionId) ?? [],
        grade,
        peerGrade,
      };
    })
    .reverse();
  return { history, changesAt };
}

/**
 * The user's finished sessions as the candidate, oldest first, with phase advances, their own
 * self-grade and, once revealed to them as of `nowMs`, the interviewer's peer grade.
 */
export async function listFinishedPractice(db: Db, userId: string, limit = HISTORY_LIMIT, nowMs = Date.now()): Promise<FinishedPractice[]> {
  return (await loadHistory(db, userId, nowMs, limit)).history;
}

export type PracticeFacts = {
  /** The most recent finished sessions, oldest first (see listFinishedPractice). */
  history: FinishedPractice[];
  /** Finished sessions per question slug, over all of them. */
  finishedByQuestion: Map<string, number>;
};

/**
 * Facts read at `readAt` stay right until the user's data changes or, without any write, until
 * `changesAt`: the moment a hidden peer grade's blind lifts by the clock.
 */
type CacheEntry = { version: number; facts: PracticeFacts; readAt: number; changesAt: number };
const globalForPractice = globalThis as unknown as { __sdpPractice?: LRUCache<string, CacheEntry> };

/**
 * The user's practice history and per-question counts, remembered until their data changes.
 * Every write to sessions and grades bumps users.data_version (touchUserData), which is one
 * primary-key read, so several app instances never serve each other's stale copies. The version
 * is read before the data: a write that lands in between only makes the next read miss. Peer
 * grades can also appear with no write at all (48 hours after a round), so an entry is only used
 * between the moment it was read and the next such reveal.
 */
export async function loadPracticeFacts(db: Db, userId: string, nowMs = Date.now()): Promise<PracticeFacts> {
  const version = await getUserDataVersion(db, userId);
  const cache = (globalForPractice.__sdpPractice ??= new LRUCache<string, CacheEntry>({ max: 500 }));
  const hit = cache.get(userId);
  if (version !== undefined && hit?.version === version && hit.readAt <= nowMs && nowMs < hit.changesAt) return hit.facts;
  const [{ history, changesAt }, finishedByQuestion] = await Promise.all([
    loadHistory(db, userId, nowMs, HISTORY_LIMIT),
    countFinishedByQuestion(db, userId),
  ]);
  const facts = { history, finishedByQuestion };
  if (version !== undefined) cache.set(userId, { version, facts, readAt: nowMs, changesAt });
  return facts;
}
