import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, practiceSessions, questions, sessionParticipants, sessionPhaseAdvances } from "@/db/schema";
import { LRUCache } from "lru-cache";
import type { Plan } from "@/lib/sessions/plan";

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

type CacheEntry = { fingerprint: string; practice: FinishedPractice[] };
const globalForPractice = globalThis as unknown as { __sdpPractice?: LRUCache<string, CacheEntry> };

/**
 * listFinishedPractice, remembered per user until their practice changes. The fingerprint (how
 * many finished sessions, the latest finish, the latest grade edit) is one cheap query, and it
 * comes from the database, so several app instances never serve each other's stale copies.
 */
export async function listFinishedPracticeCached(db: Db, userId: string): Promise<FinishedPractice[]> {
  const [row] = await db
    .select({
      sessions: sql<number>`count(distinct ${practiceSessions.id})`.mapWith(Number),
      lastFinish: sql<string | null>`max(${practiceSessions.finishedAt})::text`,
      lastGrade: sql<string | null>`max(${grades.updatedAt})::text`,
    })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, practiceSessions.id))
    .leftJoin(grades, and(eq(grades.sessionId, practiceSessions.id), eq(grades.graderId, userId), eq(grades.kind, "self")))
    .where(finishedAsCandidate(userId));
  const fingerprint = `${row?.sessions}|${row?.lastFinish}|${row?.lastGrade}`;
  const cache = (globalForPractice.__sdpPractice ??= new LRUCache<string, CacheEntry>({ max: 500 }));
  const hit = cache.get(userId);
  if (hit?.fingerprint === fingerprint) return hit.practice;
  const practice = await listFinishedPractice(db, userId);
  cache.set(userId, { fingerprint, practice });
  return practice;
}
