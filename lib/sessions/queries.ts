import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions, questions, sessionParticipants, sessionPauses, sessionPhaseAdvances, userSettings } from "@/db/schema";
import type { SessionAccess } from "./permissions";
import type { Plan } from "./plan";
import type { Role, SessionListItem, SessionMode, SessionStatus } from "./schemas";
import type { TargetLevel } from "@/lib/users/schemas";

export type StoredSession = {
  id: string;
  status: SessionStatus;
  mode: SessionMode;
  /** The viewer's role in this session. */
  role: Role;
  viewerId: string;
  plan: Plan;
  startedAt: Date;
  finishedAt: Date | null;
  docBytes: number;
  advances: Date[];
  pauses: { pausedAt: Date; resumedAt: Date | null }[];
  roomId: string | null;
  round: number;
  candidateReadyPhase: number | null;
  /** The level chosen for this session at its start; null: the candidate's level from settings. */
  targetLevel: TargetLevel | null;
  question: { id: string; slug: string; title: string; difficulty: string; statement: string; phasePrompts: Record<string, string> };
};

/** The access facts of a session for one user (null if they are not in it): one indexed read. */
export async function getSessionAccess(db: Db, sessionId: string, userId: string): Promise<SessionAccess | null> {
  const [row] = await db
    .select({
      role: sessionParticipants.role,
      mode: practiceSessions.mode,
      status: practiceSessions.status,
      paused: sql<boolean>`exists (select 1 from ${sessionPauses} where ${sessionPauses.sessionId} = ${practiceSessions.id} and ${sessionPauses.resumedAt} is null)`,
    })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
    .where(eq(practiceSessions.id, sessionId))
    .limit(1);
  return row ? { ...row, paused: Boolean(row.paused) } : null;
}

/** A session as seen by one of its participants; undefined for anyone else (they get a 404). */
export async function getSessionForParticipant(db: Db, sessionId: string, userId: string): Promise<StoredSession | undefined> {
  const [row] = await db
    .select({
      id: practiceSessions.id,
      status: practiceSessions.status,
      mode: practiceSessions.mode,
      role: sessionParticipants.role,
      plan: practiceSessions.plan,
      startedAt: practiceSessions.startedAt,
      finishedAt: practiceSessions.finishedAt,
      docBytes: practiceSessions.docBytes,
      roomId: practiceSessions.roomId,
      round: practiceSessions.round,
      candidateReadyPhase: practiceSessions.candidateReadyPhase,
      targetLevel: practiceSessions.targetLevel,
      questionId: questions.id,
      slug: questions.slug,
      title: questions.title,
      difficulty: questions.difficulty,
      body: questions.body,
    })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .where(eq(practiceSessions.id, sessionId))
    .limit(1);
  if (!row) return undefined;
  const [advances, pauses] = await Promise.all([
    db
      .select({ at: sessionPhaseAdvances.at })
      .from(sessionPhaseAdvances)
      .where(eq(sessionPhaseAdvances.sessionId, sessionId))
      .orderBy(asc(sessionPhaseAdvances.phaseIndex)),
    row.mode === "peer"
      ? db
          .select({ pausedAt: sessionPauses.pausedAt, resumedAt: sessionPauses.resumedAt })
          .from(sessionPauses)
          .where(eq(sessionPauses.sessionId, sessionId))
          .orderBy(asc(sessionPauses.pausedAt))
      : [],
  ]);
  const { questionId, slug, title, difficulty, body, ...session } = row;
  return {
    ...session,
    viewerId: userId,
    advances: advances.map((advance) => advance.at),
    pauses,
    question: { id: questionId, slug, title, difficulty, statement: body.statement, phasePrompts: body.phasePrompts },
  };
}

/** Whether the session's clock is paused now (an open pause row). */
export async function hasOpenPause(db: Db, sessionId: string): Promise<boolean> {
  const [row] = await db
    .select({ pausedAt: sessionPauses.pausedAt })
    .from(sessionPauses)
    .where(and(eq(sessionPauses.sessionId, sessionId), isNull(sessionPauses.resumedAt)))
    .limit(1);
  return Boolean(row);
}

export async function isParticipant(db: Db, sessionId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ role: sessionParticipants.role })
    .from(sessionParticipants)
    .where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.userId, userId)))
    .limit(1);
  return Boolean(row);
}

/** The user's sessions with the given statuses, newest first. */
export async function listSessionsForUser(db: Db, userId: string, statuses: SessionStatus[], limit = 50): Promise<SessionListItem[]> {
  const rows = await db
    .select({
      id: practiceSessions.id,
      status: practiceSessions.status,
      mode: practiceSessions.mode,
      role: sessionParticipants.role,
      startedAt: practiceSessions.startedAt,
      finishedAt: practiceSessions.finishedAt,
      plan: practiceSessions.plan,
      slug: questions.slug,
      title: questions.title,
      difficulty: questions.difficulty,
    })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .where(inArray(practiceSessions.status, statuses))
    .orderBy(desc(practiceSessions.startedAt))
    .limit(limit);
  const ids = rows.map((row) => row.id);
  const counts = new Map<string, number>();
  if (ids.length) {
    for (const advance of await db
      .select({ sessionId: sessionPhaseAdvances.sessionId })
      .from(sessionPhaseAdvances)
      .where(inArray(sessionPhaseAdvances.sessionId, ids))) {
      counts.set(advance.sessionId, (counts.get(advance.sessionId) ?? 0) + 1);
    }
  }
  return rows.map(({ slug, title, difficulty, startedAt, finishedAt, ...row }) => ({
    ...row,
    startedAt: startedAt.getTime(),
    finishedAt: finishedAt?.getTime() ?? null,
    advances: counts.get(row.id) ?? 0,
    question: { slug, title, difficulty },
  }));
}

export async function getDefaultPlan(db: Db, userId: string): Promise<Plan | null> {
  const [row] = await db.select({ plan: userSettings.defaultPlan }).from(userSettings).where(eq(userSettings.userId, userId)).limit(1);
  return row?.plan ?? null;
}
