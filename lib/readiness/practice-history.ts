import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, practiceSessions, questions, sessionParticipants, sessionPhaseAdvances } from "@/db/schema";
import { LRUCache } from "lru-cache";
import type { Plan } from "@/lib/sessions/plan";
import { getUserDataVersion } from "@/lib/users/queries";

/** How many of a user's most recent finished sessions feed the evidence and recommendations. */
export const HISTORY_LIMIT = 500;

export type SelfGrade = { overallScore: number; levels: Record<string, number>; rubricVersion: number };

/** A finished session the user took part in as the candidate, with its clock facts and self-grade. */
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

/** The user's finished sessions, oldest first, with phase advances and their own self-grade. */
export async function listFinishedPractice(db: Db, userId: string, limit = HISTORY_LIMIT): Promise<FinishedPractice[]> {
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
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.sessionId);
  const [advanceRows, gradeRows] = await Promise.all([
    db
      .select({ sessionId: sessionPhaseAdvances.sessionId, at: sessionPhaseAdvances.at })
      .from(sessionPhaseAdvances)
      .where(inArray(sessionPhaseAdvances.sessionId, ids))
      .orderBy(asc(sessionPhaseAdvances.sessionId), asc(sessionPhaseAdvances.phaseIndex)),
    db
      .select({
        sessionId: grades.sessionId,
        overallScore: grades.overallScore,
        levels: sql<Record<string, number>>`${grades.body}->'levels'`,
        rubricVersion: grades.rubricVersion,
      })
      .from(grades)
      .where(and(inArray(grades.sessionId, ids), eq(grades.graderId, userId), eq(grades.kind, "self"))),
  ]);
  const advances = new Map<string, number[]>();
  for (const row of advanceRows) advances.set(row.sessionId, [...(advances.get(row.sessionId) ?? []), row.at.getTime()]);
  const selfGrades = new Map(
    gradeRows.map((row) => [row.sessionId, { overallScore: row.overallScore, levels: row.levels, rubricVersion: row.rubricVersion }]),
  );
  return rows
    .map(({ slug, title, tags, startedAt, finishedAt, ...row }) => ({
      ...row,
      question: { slug, title, tags },
      startedAt: startedAt.getTime(),
      finishedAt: finishedAt!.getTime(),
      advances: advances.get(row.sessionId) ?? [],
      grade: selfGrades.get(row.sessionId) ?? null,
    }))
    .reverse();
}

export type PracticeFacts = {
  /** The most recent finished sessions, oldest first (see listFinishedPractice). */
  history: FinishedPractice[];
  /** Finished sessions per question slug, over all of them. */
  finishedByQuestion: Map<string, number>;
};

type CacheEntry = { version: number; facts: PracticeFacts };
const globalForPractice = globalThis as unknown as { __sdpPractice?: LRUCache<string, CacheEntry> };

/**
 * The user's practice history and per-question counts, remembered until their data changes.
 * Every write to sessions and grades bumps users.data_version (touchUserData), which is one
 * primary-key read, so several app instances never serve each other's stale copies. The version
 * is read before the data: a write that lands in between only makes the next read miss.
 */
export async function loadPracticeFacts(db: Db, userId: string): Promise<PracticeFacts> {
  const version = await getUserDataVersion(db, userId);
  const cache = (globalForPractice.__sdpPractice ??= new LRUCache<string, CacheEntry>({ max: 500 }));
  const hit = cache.get(userId);
  if (version !== undefined && hit?.version === version) return hit.facts;
  const [history, finishedByQuestion] = await Promise.all([listFinishedPractice(db, userId), countFinishedByQuestion(db, userId)]);
  const facts = { history, finishedByQuestion };
  if (version !== undefined) cache.set(userId, { version, facts });
  return facts;
}
