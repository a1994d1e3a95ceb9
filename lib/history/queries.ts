import { and, arrayContains, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { nextDay, zonedDayStart } from "@/lib/format/time-zone";
import type { Db } from "@/db/client";
import { grades, practiceSessions, questions, rubricVersions, sessionParticipants } from "@/db/schema";
import type { Rubric } from "@/lib/grading/rubric-schema";
import { sessionDuration } from "./format";
import { HISTORY_PAGE_SIZE, type HistoryItem, type HistoryPage, type HistoryQuery } from "./schemas";


/** The user's own self grade of each session, joined beside it (null when not graded). */
const selfGradeOf = (userId: string) =>
  and(eq(grades.sessionId, practiceSessions.id), eq(grades.graderId, userId), eq(grades.kind, "self"));

function orderFor(sort: HistoryQuery["sort"]): SQL[] {
  switch (sort) {
    case "oldest":
      return [asc(practiceSessions.startedAt), asc(practiceSessions.id)];
    case "best":
      return [sql`${grades.overallScore} desc nulls last`, desc(practiceSessions.startedAt), asc(practiceSessions.id)];
    case "worst":
      return [sql`${grades.overallScore} asc nulls last`, desc(practiceSessions.startedAt), asc(practiceSessions.id)];
    default:
      return [desc(practiceSessions.startedAt), asc(practiceSessions.id)];
  }
}

/**
 * One page of the user's sessions (any status), filtered and sorted as the query says, in one
 * statement: the sessions they take part in, their question, their own self grade, and the
 * total number of matches (count(*) over ()). From and to are whole days in the user's zone.
 */
export async function listHistory(db: Db, userId: string, query: HistoryQuery, timeZone = "UTC"): Promise<HistoryPage> {
  const filters: SQL[] = [];
  if (query.question) filters.push(eq(questions.slug, query.question));
  if (query.tag) filters.push(arrayContains(questions.tags, [query.tag]));
  if (query.from) filters.push(gte(practiceSessions.startedAt, zonedDayStart(query.from, timeZone)));
  if (query.to) filters.push(lt(practiceSessions.startedAt, zonedDayStart(nextDay(query.to), timeZone)));
  const pageSize = HISTORY_PAGE_SIZE;

  // First the page's ids and the total, from narrow rows (the window count sees every match);
  // then the wide columns for just those ids.
  const page = await db
    .select({ id: practiceSessions.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .leftJoin(grades, selfGradeOf(userId))
    .where(and(...filters))
    .orderBy(...orderFor(query.sort))
    .limit(pageSize)
    .offset((query.page - 1) * pageSize);
  const details = page.length
    ? await db
        .select({
          id: practiceSessions.id,
          status: practiceSessions.status,
          mode: practiceSessions.mode,
          role: sessionParticipants.role,
          roomId: practiceSessions.roomId,
          round: practiceSessions.round,
          roomRounds: sql<number>`case when ${practiceSessions.roomId} is null then 1 else (select count(*) from practice_sessions r where r.room_id = ${practiceSessions.roomId}) end`.mapWith(Number),
          plan: practiceSessions.plan,
          startedAt: practiceSessions.startedAt,
          finishedAt: practiceSessions.finishedAt,
          slug: questions.slug,
          title: questions.title,
          difficulty: questions.difficulty,
          tags: questions.tags,
          overallScore: grades.overallScore,
          signal: grades.signal,
        })
        .from(practiceSessions)
        .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
        .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
        .leftJoin(grades, selfGradeOf(userId))
        .where(inArray(practiceSessions.id, page.map((row) => row.id)))
    : [];
  const byId = new Map(details.map((row) => [row.id, row]));
  const rows = page.map((row) => ({ ...byId.get(row.id)!, total: row.total }));

  const total = rows[0]?.total ?? (query.page > 1 ? await countHistory(db, userId, filters) : 0);
  const items: HistoryItem[] = rows.map((row) => {
    const startedAt = row.startedAt.getTime();
    const finishedAt = row.finishedAt?.getTime() ?? null;
    const duration = sessionDuration({ startedAt, finishedAt, plan: row.plan });
    return {
      id: row.id,
      status: row.status,
      mode: row.mode,
      role: row.role,
      room: row.roomId ? { id: row.roomId, round: row.round, rounds: row.roomRounds } : null,
      startedAt,
      finishedAt,
      durationMs: duration.ms,
      durationIsPlanned: duration.planned,
      question: { slug: row.slug, title: row.title, difficulty: row.difficulty, tags: row.tags },
      overallScore: row.overallScore,
      signal: row.signal,
    };
  });
  return { items, total, page: query.page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Only for a page past the end, where the windowed count has no row to ride on. */
async function countHistory(db: Db, userId: string, filters: SQL[]): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .where(and(...filters));
  return row?.count ?? 0;
}

/** The questions the user has sessions of, by title: the choices of the history's question filter. */
export async function listPracticedQuestions(db: Db, userId: string): Promise<{ slug: string; title: string }[]> {
  return db
    .selectDistinct({ slug: questions.slug, title: questions.title })
    .from(questions)
    .innerJoin(practiceSessions, eq(practiceSessions.questionId, questions.id))
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
    .orderBy(asc(questions.title), asc(questions.slug));
}

export type Attempt = {
  id: string;
  status: HistoryItem["status"];
  startedAt: number;
  overallScore: number | null;
  rubricVersion: number | null;
  /** Self-grade level per rubric dimension; empty when not graded. */
  levels: Record<string, number>;
};

export type AttemptComparison = {
  attempts: Attempt[];
  /** The newest rubric any of these self grades used: the dimensions to compare on. */
  rubric: Rubric | null;
};

/** The user's attempts at one question (the latest 100, oldest first), each with their self grade. */
export async function listAttempts(db: Db, userId: string, questionSlug: string): Promise<AttemptComparison> {
  const rows = await db
    .select({
      id: practiceSessions.id,
      status: practiceSessions.status,
      startedAt: practiceSessions.startedAt,
      overallScore: grades.overallScore,
      rubricVersion: grades.rubricVersion,
      body: grades.body,
    })
    .from(practiceSessions)
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, practiceSessions.id), eq(sessionParticipants.userId, userId)))
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .leftJoin(grades, selfGradeOf(userId))
    .where(eq(questions.slug, questionSlug))
    .orderBy(desc(practiceSessions.startedAt), desc(practiceSessions.id))
    .limit(100);
  const attempts: Attempt[] = rows.reverse().map((row) => ({
    id: row.id,
    status: row.status,
    startedAt: row.startedAt.getTime(),
    overallScore: row.overallScore,
    rubricVersion: row.rubricVersion,
    levels: row.body?.levels ?? {},
  }));
  const version = Math.max(0, ...attempts.map((attempt) => attempt.rubricVersion ?? 0));
  const [rubric] = version
    ? await db.select({ body: rubricVersions.body }).from(rubricVersions).where(eq(rubricVersions.version, version)).limit(1)
    : [];
  return { attempts, rubric: rubric?.body ?? null };
}
