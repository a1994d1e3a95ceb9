import type { Channel, Role, SessionMode, SessionStatus } from "./schemas";

/**
 * What a participant may do in a session, as named predicates. Every route and socket event asks
 * one of these at the moment it runs, against the role stored now (a swapped seat changes the
 * answer at once). A viewer who is not a participant has no access at all: they get a 404.
 */
export type SessionAccess = {
  role: Role;
  mode: SessionMode;
  status: SessionStatus;
  /** Whether the clock is paused now (peer rounds only). */
  paused?: boolean;
};

const seated = (access: SessionAccess) => access.role === "interviewer" || access.role === "candidate";
/** Who drives the clock: the candidate alone in solo practice, the interviewer in a peer round. */
const drivesClock = (access: SessionAccess) => (access.mode === "solo" ? access.role === "candidate" : access.role === "interviewer");

export const canViewSession = (access: SessionAccess | null): access is SessionAccess => access !== null;

/** The interviewer's private document, guide and reference answer: the interviewer of a peer round only. */
export const canJoinInterviewerChannel = (access: SessionAccess) => access.mode === "peer" && access.role === "interviewer";

/** The redraw board: the candidate's own, once the session has finished. */
export const canJoinRedrawChannel = (access: SessionAccess) => access.role === "candidate" && access.status === "finished";

/** Receiving a document's updates: everyone in the session for the shared one. */
export const canJoinChannel = (access: SessionAccess, channel: Channel) =>
  channel === "shared" ? canViewSession(access) : channel === "interviewer" ? canJoinInterviewerChannel(access) : canJoinRedrawChannel(access);

/** Why a channel was refused, as the person refused should hear it. */
export function channelRefusal(access: SessionAccess, channel: Channel): string {
  if (channel !== "redraw") return "Only the interviewer can open the interviewer's notes.";
  return access.role === "candidate" ? "The redraw board opens once the session has finished." : "Only the candidate can redraw on the board of a finished session.";
}

/**
 * Who may write each document, and when. The shared notes and board take edits from the
 * interviewer and the candidate while the clock runs; observers never write. The interviewer may
 * prepare private notes in the lobby too. The redraw board is the candidate's, after the finish. The document log's append statement enforces the same
 * rules in SQL, atomically with the write (lib/sessions/document/write-batch.ts).
 */
export const DOCUMENT_WRITE_RULES: Record<Channel, { modes: readonly SessionMode[]; roles: readonly Role[]; statuses: readonly SessionStatus[] }> = {
  shared: { modes: ["solo", "peer"], roles: ["interviewer", "candidate"], statuses: ["active"] },
  interviewer: { modes: ["peer"], roles: ["interviewer"], statuses: ["lobby", "active"] },
  redraw: { modes: ["solo", "peer"], roles: ["candidate"], statuses: ["finished"] },
};

export function canEditDocument(access: SessionAccess, channel: Channel): boolean {
  const rule = DOCUMENT_WRITE_RULES[channel];
  return rule.modes.includes(access.mode) && rule.roles.includes(access.role) && rule.statuses.includes(access.status);
}

/** Start the clock of a peer round: its interviewer, from the lobby, once a candidate is there. */
export const canStart = (access: SessionAccess, hasCandidate: boolean) =>
  access.mode === "peer" && access.role === "interviewer" && access.status === "lobby" && hasCandidate;

export const canAdvance = (access: SessionAccess) => access.status === "active" && drivesClock(access) && !access.paused;

export const canFinish = (access: SessionAccess) => access.status === "active" && drivesClock(access);

/** Pause and resume: the interviewer of a running peer round. */
export const canPause = (access: SessionAccess) => access.mode === "peer" && access.role === "interviewer" && access.status === "active";

/** "Ready for the next phase": the candidate of a running peer round. */
export const canSignalReady = (access: SessionAccess) =>
  access.mode === "peer" && access.role === "candidate" && access.status === "active" && !access.paused;

/** See and regenerate the invite link: the two seated people, until the round is over. */
export const canManageInvite = (access: SessionAccess) =>
  access.mode === "peer" && seated(access) && (access.status === "lobby" || access.status === "active");

/** Exchange the interviewer and candidate seats before the clock starts. */
export const canSwapSeats = (access: SessionAccess) => access.mode === "peer" && seated(access) && access.status === "lobby";

/**
 * "Swap roles" after a round starts the next one with the seats exchanged. The new interviewer
 * picks its question, so it is this round's candidate who starts it, from the latest round.
 */
export const canStartNextRound = (access: SessionAccess, isLatestRound: boolean) =>
  access.mode === "peer" && access.role === "candidate" && (access.status === "finished" || access.status === "abandoned") && isLatestRound;

export const canAbandon = (access: SessionAccess) =>
  access.mode === "solo" ? access.role === "candidate" && access.status === "active" : access.role === "interviewer" && (access.status === "lobby" || access.status === "active");

/** A self grade is the candidate's; a peer grade is the interviewer's grade of the candidate. */
export function canGrade(access: SessionAccess, kind: "self" | "peer"): boolean {
  if (access.status !== "finished") return false;
  return kind === "self" ? access.role === "candidate" : access.mode === "peer" && access.role === "interviewer";
}

/** The candidate rates the interviewer once the round is over. */
export const canRateInterviewer = (access: SessionAccess) => access.mode === "peer" && access.role === "candidate" && access.status === "finished";

/** Grades are between the two seated people: observers see none of them. */
export const canSeeGrades = (access: SessionAccess) => seated(access);

/** Whether a round is still open: its lobby or its running clock. */
const open = (access: SessionAccess) => access.status === "lobby" || access.status === "active";

/**
 * The chat of a peer round is one channel everyone in it sees: each participant reads it, during
 * the round and in its review afterwards. Solo sessions have none.
 */
export const canReadChat = (access: SessionAccess) => access.mode === "peer";

/**
 * Writing in it: the interviewer and the candidate, and observers once the interviewer allowed
 * them (`observersMayChat`, the room's setting). A finished or abandoned round's chat is read-only.
 */
export const canWriteChat = (access: SessionAccess, observersMayChat: boolean) =>
  canReadChat(access) && open(access) && (seated(access) || (access.role === "observer" && observersMayChat));

/** Whether observers may write in the chat: the interviewer's choice, while the round is open. */
export const canAllowObserverChat = (access: SessionAccess) => access.mode === "peer" && access.role === "interviewer" && open(access);

/**
 * The room's call: everyone in a peer room, observers too (they listen and may speak), whatever
 * the round's status, since nothing of it is stored. Solo sessions have none.
 */
export const canJoinCall = (access: SessionAccess) => access.mode === "peer";

/** "Use another call app": the seated people set, replace or clear the room's meeting link. */
export const canSetMeetingLink = (access: SessionAccess) => access.mode === "peer" && seated(access) && open(access);
