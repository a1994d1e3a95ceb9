import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { peerRooms, practiceSessions, roomInvites, sessionParticipants, users } from "@/db/schema";
import { canManageInvite, type SessionAccess } from "./permissions";
import type { StoredSession } from "./queries";
import type { ParticipantView, RoomView, SessionStatus } from "./schemas";

export const invitePath = (token: string) => `/join/${token}`;

const ROLE_ORDER = { interviewer: 0, candidate: 1, observer: 2 } as const;

/** Everyone in a session with their display name and role: interviewer, candidate, then observers. */
export async function listParticipants(db: Db, sessionId: string): Promise<ParticipantView[]> {
  const rows = await db
    .select({ userId: sessionParticipants.userId, name: users.name, role: sessionParticipants.role, joinedAt: sessionParticipants.joinedAt })
    .from(sessionParticipants)
    .innerJoin(users, eq(users.id, sessionParticipants.userId))
    .where(eq(sessionParticipants.sessionId, sessionId))
    .orderBy(asc(sessionParticipants.joinedAt));
  return rows
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.joinedAt.getTime() - b.joinedAt.getTime())
    .map(({ userId, name, role }) => ({ userId, name, role }));
}

/** The room's rounds, oldest first. */
export async function listRounds(db: Db, roomId: string): Promise<{ id: string; round: number; status: SessionStatus }[]> {
  return db
    .select({ id: practiceSessions.id, round: practiceSessions.round, status: practiceSessions.status })
    .from(practiceSessions)
    .where(eq(practiceSessions.roomId, roomId))
    .orderBy(asc(practiceSessions.round));
}

/** The room's current (unrevoked) invite token. */
export async function currentInviteToken(db: Db, roomId: string): Promise<string | null> {
  const [row] = await db
    .select({ token: roomInvites.token })
    .from(roomInvites)
    .where(and(eq(roomInvites.roomId, roomId), isNull(roomInvites.revokedAt)))
    .limit(1);
  return row?.token ?? null;
}

/** The room's own settings: its meeting link and whether observers may write in the chat. */
export async function getRoomSettings(db: Db, roomId: string): Promise<{ meetingUrl: string | null; observersMayChat: boolean }> {
  const [row] = await db.select({ meetingUrl: peerRooms.meetingUrl, observersMayChat: peerRooms.observersMayChat }).from(peerRooms).where(eq(peerRooms.id, roomId)).limit(1);
  return row ?? { meetingUrl: null, observersMayChat: false };
}

/** The peer part of a snapshot, projected for the viewer (observers never see the invite link). */
export async function getRoomView(db: Db, session: StoredSession, access: SessionAccess): Promise<RoomView | null> {
  if (session.mode !== "peer" || !session.roomId) return null;
  const [participants, rounds, token, settings] = await Promise.all([
    listParticipants(db, session.id),
    listRounds(db, session.roomId),
    canManageInvite(access) ? currentInviteToken(db, session.roomId) : null,
    getRoomSettings(db, session.roomId),
  ]);
  return {
    roomId: session.roomId,
    round: session.round,
    rounds,
    participants,
    invitePath: token ? invitePath(token) : null,
    candidateReadyPhase: session.candidateReadyPhase,
    meetingUrl: settings.meetingUrl,
    observersMayChat: settings.observersMayChat,
  };
}
