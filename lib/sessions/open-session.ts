import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { notFound } from "@/lib/http/errors";
import { touchSessionParticipants } from "@/lib/users/touch-user-data";
import { computeClock, type ClockFacts } from "./clock";
import { checkpointSessionSoon } from "./document/checkpoint";
import { publishSessionEvents, sessionChanged } from "./domain-events";
import {
  canAbandon,
  canAdvance,
  canAllowObserverChat,
  canEditDocument,
  canFinish,
  canManageInvite,
  canPause,
  canSetMeetingLink,
  canSignalReady,
  canStart,
  canStartNextRound,
  canSwapSeats,
  canWriteChat,
  type SessionAccess,
} from "./permissions";
import { getSessionForParticipant, type StoredSession } from "./queries";
import { getRoomView } from "./room-queries";
import type { RoomView, SessionSnapshot } from "./schemas";

export const clockFacts = (session: StoredSession): ClockFacts => ({
  startedAt: session.status === "lobby" ? null : session.startedAt.getTime(),
  plan: session.plan,
  advances: session.advances.map((at) => at.getTime()),
  finishedAt: session.finishedAt?.getTime() ?? null,
  pauses: session.pauses.map((pause) => ({ startedAt: pause.pausedAt.getTime(), endedAt: pause.resumedAt?.getTime() ?? null })),
});

/** The viewer's access to a loaded session, for the predicates in permissions.ts. */
export const accessOf = (session: StoredSession): SessionAccess => ({
  role: session.role,
  mode: session.mode,
  status: session.status,
  paused: session.pauses.some((pause) => pause.resumedAt === null),
});

/**
 * Loads a session for one of its participants (404 for anyone else) and, if its time ran out
 * while nobody was watching, records that it finished at the moment it should have.
 */
export async function openSession(db: Db, sessionId: string, userId: string, now = Date.now()): Promise<StoredSession> {
  const session = await getSessionForParticipant(db, sessionId, userId);
  if (!session) throw notFound("That session");
  if (session.status !== "active") return session;
  const { autoFinishAt } = computeClock(clockFacts(session), now);
  if (now < autoFinishAt) return session;
  const [settled] = await db
    .update(practiceSessions)
    .set({ status: "finished", finishedAt: sql`to_timestamp(${autoFinishAt / 1000})` })
    .where(and(eq(practiceSessions.id, sessionId), eq(practiceSessions.status, "active")))
    .returning({ finishedAt: practiceSessions.finishedAt });
  if (!settled) return (await getSessionForParticipant(db, sessionId, userId)) ?? session;
  await touchSessionParticipants(db, sessionId);
  publishSessionEvents(sessionChanged(sessionId));
  checkpointSessionSoon(db, sessionId); // as finishSession does, in the background
  return { ...session, status: "finished", finishedAt: settled.finishedAt };
}

/** Loads a session for a participant and projects it for them, room included. */
export async function loadSnapshot(db: Db, sessionId: string, userId: string, now = Date.now()): Promise<SessionSnapshot> {
  const session = await openSession(db, sessionId, userId, now);
  return toSnapshot(session, await getRoomView(db, session, accessOf(session)), now);
}

/** A session as one viewer's client sees it: only what their role may see, and what they may do. */
export function toSnapshot(session: StoredSession, room: RoomView | null, now = Date.now()): SessionSnapshot {
  const facts = clockFacts(session);
  const access = accessOf(session);
  const hasCandidate = room ? room.participants.some((participant) => participant.role === "candidate") : true;
  const isLatestRound = room ? room.rounds.at(-1)?.id === session.id : false;
  const phaseIndex = Math.min(facts.advances.length, session.plan.length - 1);
  return {
    id: session.id,
    status: session.status,
    mode: session.mode,
    role: session.role,
    viewerId: session.viewerId,
    plan: session.plan,
    startedAt: facts.startedAt,
    advances: facts.advances,
    pauses: facts.pauses ?? [],
    finishedAt: facts.finishedAt,
    serverNow: now,
    readOnly: !canEditDocument(access, "shared"),
    can: {
      editShared: canEditDocument(access, "shared"),
      start: canStart(access, hasCandidate),
      advance: canAdvance(access),
      finish: canFinish(access),
      pause: canPause(access),
      signalReady: canSignalReady(access),
      manageInvite: canManageInvite(access),
      swapSeats: canSwapSeats(access),
      nextRound: canStartNextRound(access, isLatestRound),
      abandon: canAbandon(access),
      writeChat: canWriteChat(access, room?.observersMayChat ?? false),
      setMeetingLink: canSetMeetingLink(access),
      allowObserverChat: canAllowObserverChat(access),
    },
    question: {
      slug: session.question.slug,
      title: session.question.title,
      difficulty: session.question.difficulty,
      statement: session.question.statement,
      phasePrompts: session.question.phasePrompts,
    },
    room: room ? { ...room, candidateReadyPhase: room.candidateReadyPhase === phaseIndex ? phaseIndex : null } : null,
  };
}
