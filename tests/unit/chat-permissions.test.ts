import { describe, expect, it } from "vitest";
import { canAllowObserverChat, canReadChat, canSetMeetingLink, canWriteChat, type SessionAccess } from "@/lib/sessions/permissions";
import type { Role, SessionStatus } from "@/lib/sessions/schemas";

const peer = (role: Role, status: SessionStatus = "active"): SessionAccess => ({ role, mode: "peer", status, paused: false });
const solo = (): SessionAccess => ({ role: "candidate", mode: "solo", status: "active" });
const ROLES: Role[] = ["interviewer", "candidate", "observer"];

describe("who may read and write a room's chat and set its meeting link", () => {
  it("lets everyone in a peer round read its chat, during the round and after it; solo sessions have none", () => {
    for (const status of ["lobby", "active", "finished", "abandoned"] as const) expect(ROLES.filter((role) => canReadChat(peer(role, status)))).toEqual(ROLES);
    expect(canReadChat(solo())).toBe(false);
  });

  it("lets the interviewer and the candidate write, observers only once the interviewer allowed it", () => {
    expect(ROLES.filter((role) => canWriteChat(peer(role), false))).toEqual(["interviewer", "candidate"]);
    expect(ROLES.filter((role) => canWriteChat(peer(role), true))).toEqual(ROLES);
    expect(canWriteChat(peer("candidate", "lobby"), false)).toBe(true);
    expect(canWriteChat(solo(), true)).toBe(false);
  });

  it("makes a finished or abandoned round's chat read-only for everyone", () => {
    for (const status of ["finished", "abandoned"] as const) expect(ROLES.filter((role) => canWriteChat(peer(role, status), true))).toEqual([]);
  });

  it("leaves the observers' say to the interviewer of an open round", () => {
    expect(ROLES.filter((role) => canAllowObserverChat(peer(role)))).toEqual(["interviewer"]);
    expect(canAllowObserverChat(peer("interviewer", "lobby"))).toBe(true);
    expect(canAllowObserverChat(peer("interviewer", "finished"))).toBe(false);
  });

  it("lets the seated people, not observers, set the meeting link while the round is open", () => {
    expect(ROLES.filter((role) => canSetMeetingLink(peer(role)))).toEqual(["interviewer", "candidate"]);
    expect(canSetMeetingLink(peer("candidate", "lobby"))).toBe(true);
    expect(canSetMeetingLink(peer("interviewer", "finished"))).toBe(false);
    expect(canSetMeetingLink(solo())).toBe(false);
  });
});
