import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions, questions, roomInvites, sessionParticipants } from "@/db/schema";
import { AppError, notFound } from "@/lib/http/errors";
import { touchSessionParticipants } from "@/lib/users/touch-user-data";
import { publishSessionEvents, sessionChanged } from "./domain-events";
import { listParticipants } from "./room-queries";
import { MAX_OBSERVERS, type ParticipantView, type Role, type SessionStatus } from "./schemas";

/** What an invite link leads to, for the join page and the join route. */
export type InviteState =
  | { state: "revoked" }
  | { state: "finished"; sessionId: string }
  | { state: "participant"; sessionId: string; role: Role }
  | { state: "full"; sessionId: string }
  | { state: "open"; sessionId: string; questionTitle: string; participants: ParticipantView[]; offers: Role };

type LatestRound = { id: string; status: SessionStatus; title: string };

async function latestRound(db: Db, roomId: string, lock: boolean): Promise<LatestRound> {
  const query = db
    .select({ id: practiceSessions.id, status: practiceSessions.status, title: questions.title })
    .from(practiceSessions)
    .innerJoin(questions, eq(questions.id, practiceSessions.questionId))
    .where(eq(practiceSessions.roomId, roomId))
    .orderBy(desc(practiceSessions.round))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: practiceSessions }) : await query;
  if (!row) throw notFound("That room");
  return row;
}

/** The seat a newcomer gets: a free interviewer or candidate seat, else an observer's place. */
function seatFor(participants: ParticipantView[]): Role | null {
  if (!participants.some((p) => p.role === "interviewer")) return "interviewer";
  if (!participants.some((p) => p.role === "candidate")) return "candidate";
  return participants.filter((p) => p.role === "observer").length < MAX_OBSERVERS ? "observer" : null;
}

/**
 * Where an invite token leads this user. A token that never existed is a 404 (nothing tells a
 * guesser that rooms exist); a replaced one says so.
 */
export async function describeInvite(db: Db, token: string, userId: string, lock = false): Promise<InviteState> {
  const [invite] = await db.select({ roomId: roomInvites.roomId, revokedAt: roomInvites.revokedAt }).from(roomInvites).where(eq(roomInvites.token, token)).limit(1);
  if (!invite) throw notFound("That invite link");
  if (invite.revokedAt) return { state: "revoked" };
  const round = await latestRound(db, invite.roomId, lock);
  const participants = await listParticipants(db, round.id);
  const mine = participants.find((participant) => participant.userId === userId);
  if (mine) return { state: "participant", sessionId: round.id, role: mine.role };
  if (round.status === "finished" || round.status === "abandoned") return { state: "finished", sessionId: round.id };
  const offers = seatFor(participants);
  if (!offers) return { state: "full", sessionId: round.id };
  return { state: "open", sessionId: round.id, questionTitle: round.title, participants, offers };
}

const REFUSALS: Record<"revoked" | "finished" | "full" | "participant", () => AppError> = {
  revoked: () => new AppError("GONE", "This invite link was replaced by a new one. Ask the person who sent it for the current link."),
  finished: () => new AppError("CONFLICT", "This interview has finished, so nobody can join it any more."),
  full: () => new AppError("CONFLICT", `This room is full: it has an interviewer, a candidate and ${MAX_OBSERVERS} observers.`),
  participant: () => new AppError("CONFLICT", "You are already in this room."),
};

/** Takes the free seat of the room's current round (or an observer's place) through its invite link. */
export async function joinRoom(db: Db, userId: string, token: string): Promise<{ sessionId: string; role: Role }> {
  const joined = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const invite = await describeInvite(tx, token, userId, true); // the row lock serialises two people racing for one seat
    if (invite.state !== "open") throw REFUSALS[invite.state]();
    await tx.insert(sessionParticipants).values({ sessionId: invite.sessionId, userId, role: invite.offers });
    await touchSessionParticipants(tx, invite.sessionId);
    return { sessionId: invite.sessionId, role: invite.offers };
  });
  publishSessionEvents(sessionChanged(joined.sessionId));
  return joined;
}
