import { describe, expect, it } from "vitest";
import {
  canAbandon,
  canAdvance,
  canEditDocument,
  canFinish,
  canGrade,
  canJoinChannel,
  canJoinInterviewerChannel,
  canManageInvite,
  canPause,
  canRateInterviewer,
  canSeeGrades,
  canSignalReady,
  canStart,
  canStartNextRound,
  canSwapSeats,
  canViewSession,
  type SessionAccess,
} from "@/lib/sessions/permissions";
import type { Role, SessionStatus } from "@/lib/sessions/schemas";

const peer = (role: Role, status: SessionStatus = "active", paused = false): SessionAccess => ({ role, mode: "peer", status, paused });
const solo = (status: SessionStatus = "active"): SessionAccess => ({ role: "candidate", mode: "solo", status });
const ROLES: Role[] = ["interviewer", "candidate", "observer"];

describe("who may do what in a session", () => {
  it("lets nobody outside the session see it", () => {
    expect(canViewSession(null)).toBe(false);
    for (const role of ROLES) expect(canViewSession(peer(role))).toBe(true);
  });

  it("opens the interviewer's channel to the interviewer of a peer round only", () => {
    expect(ROLES.filter((role) => canJoinInterviewerChannel(peer(role)))).toEqual(["interviewer"]);
    expect(canJoinInterviewerChannel(solo())).toBe(false);
    expect(ROLES.filter((role) => canJoinChannel(peer(role), "interviewer"))).toEqual(["interviewer"]);
    expect(ROLES.filter((role) => canJoinChannel(peer(role), "shared"))).toEqual(ROLES);
  });

  it("lets the interviewer and the candidate edit the shared notes while the clock runs, never an observer", () => {
    expect(ROLES.filter((role) => canEditDocument(peer(role), "shared"))).toEqual(["interviewer", "candidate"]);
    expect(canEditDocument(peer("candidate", "lobby"), "shared")).toBe(false);
    expect(canEditDocument(peer("interviewer", "finished"), "shared")).toBe(false);
    expect(canEditDocument(solo(), "shared")).toBe(true);
    expect(canEditDocument(solo("finished"), "shared")).toBe(false);
  });

  it("opens the redraw board to the candidate alone, and only once the session has finished", () => {
    const finishedPeer = ROLES.map((role) => peer(role, "finished"));
    expect(finishedPeer.filter((access) => canJoinChannel(access, "redraw")).map((access) => access.role)).toEqual(["candidate"]);
    expect(finishedPeer.filter((access) => canEditDocument(access, "redraw")).map((access) => access.role)).toEqual(["candidate"]);
    expect(canJoinChannel(solo("finished"), "redraw") && canEditDocument(solo("finished"), "redraw")).toBe(true);
    for (const status of ["lobby", "active", "abandoned"] as const) {
      expect(canJoinChannel(solo(status), "redraw")).toBe(false);
      expect(canEditDocument(peer("candidate", status), "redraw")).toBe(false);
    }
  });

  it("lets only the interviewer write the private document, in the lobby too, not after the end", () => {
    expect(ROLES.filter((role) => canEditDocument(peer(role), "interviewer"))).toEqual(["interviewer"]);
    expect(canEditDocument(peer("interviewer", "lobby"), "interviewer")).toBe(true);
    expect(canEditDocument(peer("interviewer", "finished"), "interviewer")).toBe(false);
  });

  it("starts a peer round only by its interviewer, from the lobby, once a candidate is there", () => {
    expect(canStart(peer("interviewer", "lobby"), true)).toBe(true);
    expect(canStart(peer("interviewer", "lobby"), false)).toBe(false);
    expect(canStart(peer("candidate", "lobby"), true)).toBe(false);
    expect(canStart(peer("interviewer", "active"), true)).toBe(false);
  });

  it("gives the clock to the interviewer in a peer round and to the candidate alone", () => {
    expect(ROLES.filter((role) => canAdvance(peer(role)))).toEqual(["interviewer"]);
    expect(ROLES.filter((role) => canFinish(peer(role)))).toEqual(["interviewer"]);
    expect(canAdvance(solo())).toBe(true);
    expect(canAdvance(peer("interviewer", "active", true))).toBe(false); // resume first
    expect(canFinish(peer("interviewer", "active", true))).toBe(true);
    expect(canAdvance(peer("interviewer", "lobby"))).toBe(false);
  });

  it("pauses only a running peer round, by its interviewer", () => {
    expect(ROLES.filter((role) => canPause(peer(role)))).toEqual(["interviewer"]);
    expect(canPause(solo())).toBe(false);
    expect(canPause(peer("interviewer", "lobby"))).toBe(false);
  });

  it("lets the candidate say they are ready while the clock runs", () => {
    expect(ROLES.filter((role) => canSignalReady(peer(role)))).toEqual(["candidate"]);
    expect(canSignalReady(peer("candidate", "active", true))).toBe(false);
    expect(canSignalReady(solo())).toBe(false);
  });

  it("shows and replaces the invite link for the two seated people until the round is over", () => {
    expect(ROLES.filter((role) => canManageInvite(peer(role)))).toEqual(["interviewer", "candidate"]);
    expect(canManageInvite(peer("interviewer", "lobby"))).toBe(true);
    expect(canManageInvite(peer("interviewer", "finished"))).toBe(false);
    expect(canManageInvite(solo())).toBe(false);
  });

  it("swaps seats only in the lobby, and starts the next round from the latest finished one by its candidate", () => {
    expect(ROLES.filter((role) => canSwapSeats(peer(role, "lobby")))).toEqual(["interviewer", "candidate"]);
    expect(canSwapSeats(peer("interviewer", "active"))).toBe(false);
    expect(ROLES.filter((role) => canStartNextRound(peer(role, "finished"), true))).toEqual(["candidate"]);
    expect(canStartNextRound(peer("candidate", "finished"), false)).toBe(false);
    expect(canStartNextRound(peer("candidate", "active"), true)).toBe(false);
  });

  it("calls off a solo session by its owner and a peer round by its interviewer", () => {
    expect(canAbandon(solo())).toBe(true);
    expect(ROLES.filter((role) => canAbandon(peer(role, "lobby")))).toEqual(["interviewer"]);
    expect(canAbandon(peer("interviewer", "finished"))).toBe(false);
  });

  it("has the candidate grade themselves and the interviewer grade the candidate, after the finish", () => {
    expect(ROLES.filter((role) => canGrade(peer(role, "finished"), "self"))).toEqual(["candidate"]);
    expect(ROLES.filter((role) => canGrade(peer(role, "finished"), "peer"))).toEqual(["interviewer"]);
    expect(canGrade(peer("interviewer", "active"), "peer")).toBe(false);
    expect(canGrade(solo("finished"), "self")).toBe(true);
    expect(canGrade(solo("finished"), "peer")).toBe(false);
    expect(ROLES.filter((role) => canRateInterviewer(peer(role, "finished")))).toEqual(["candidate"]);
    expect(ROLES.filter((role) => canSeeGrades(peer(role, "finished")))).toEqual(["interviewer", "candidate"]);
  });
});
