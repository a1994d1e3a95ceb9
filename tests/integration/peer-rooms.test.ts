import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { practiceSessions, sessionPauses } from "@/db/schema";
import { abandonSession } from "@/lib/sessions/abandon-session";
import { advancePhase } from "@/lib/sessions/advance-phase";
import { computeClock } from "@/lib/sessions/clock";
import { finishSession } from "@/lib/sessions/finish-session";
import { describeInvite, joinRoom } from "@/lib/sessions/join-room";
import { clockFacts, loadSnapshot, openSession } from "@/lib/sessions/open-session";
import { getSessionAccess, listSessionsForUser } from "@/lib/sessions/queries";
import { regenerateInvite } from "@/lib/sessions/regenerate-invite";
import { setPaused } from "@/lib/sessions/set-paused";
import { signalReady } from "@/lib/sessions/signal-ready";
import { startClock } from "@/lib/sessions/start-clock";
import { startNextRound } from "@/lib/sessions/start-next-round";
import { swapSeats } from "@/lib/sessions/swap-seats";
import { createTestRoom, seatedRoom } from "../factories/rooms";
import { seedQuestions } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

const tokenOf = (path: string) => path.split("/").pop()!;

describe.each(backends())("peer rooms on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
  });
  afterAll(() => db.drop());

  it("creates a room waiting in its lobby, with the creator in the seat they chose and an invite link", async () => {
    const creator = await createUser(db.db, { name: "Ada" });
    const { id } = await createTestRoom(db.db, creator.id, "candidate");
    const snapshot = await loadSnapshot(db.db, id, creator.id);
    expect(snapshot).toMatchObject({ status: "lobby", mode: "peer", role: "candidate", startedAt: null, readOnly: true });
    expect(snapshot.room).toMatchObject({ round: 1, participants: [{ userId: creator.id, name: "Ada", role: "candidate" }] });
    expect(snapshot.room!.invitePath).toMatch(/^\/join\/[A-Za-z0-9_-]{32}$/);
    expect(snapshot.can).toMatchObject({ start: false, manageInvite: true, swapSeats: true });
    expect((await listSessionsForUser(db.db, creator.id, ["lobby", "active"])).map((s) => s.id)).toContain(id);
  });

  it("seats the second person, then up to three observers, then says the room is full", async () => {
    const host = await createUser(db.db);
    const { id, token } = await createTestRoom(db.db, host.id, "interviewer");
    const second = await createUser(db.db);
    expect(await describeInvite(db.db, token, second.id)).toMatchObject({ state: "open", offers: "candidate" });
    expect(await joinRoom(db.db, second.id, token)).toEqual({ sessionId: id, role: "candidate" });
    const watchers = [await createUser(db.db), await createUser(db.db), await createUser(db.db)];
    for (const watcher of watchers) expect((await joinRoom(db.db, watcher.id, token)).role).toBe("observer");
    const late = await createUser(db.db);
    expect(await describeInvite(db.db, token, late.id)).toMatchObject({ state: "full" });
    await expect(joinRoom(db.db, late.id, token)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("full") });
    expect(await getSessionAccess(db.db, id, late.id)).toBeNull();
    // Joining twice changes nothing.
    await expect(joinRoom(db.db, second.id, token)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already") });
    expect((await loadSnapshot(db.db, id, host.id)).room!.participants.map((p) => p.role)).toEqual(["interviewer", "candidate", "observer", "observer", "observer"]);
    // Observers never see the invite link.
    expect((await loadSnapshot(db.db, id, watchers[0]!.id)).room!.invitePath).toBeNull();
  });

  it("lets two people racing for one seat end with one candidate", async () => {
    const host = await createUser(db.db);
    const { id, token } = await createTestRoom(db.db, host.id, "interviewer");
    const [a, b] = [await createUser(db.db), await createUser(db.db)];
    const joined = await Promise.all([joinRoom(db.db, a.id, token), joinRoom(db.db, b.id, token)]);
    expect(joined.map((j) => j.role).sort()).toEqual(["candidate", "observer"]);
    expect((await loadSnapshot(db.db, id, host.id)).room!.participants.filter((p) => p.role === "candidate")).toHaveLength(1);
  });

  it("revokes the old link when a new one is made; a forged token is unknown", async () => {
    const host = await createUser(db.db);
    const { id, token } = await createTestRoom(db.db, host.id);
    const { invitePath } = await regenerateInvite(db.db, id, host.id);
    const fresh = tokenOf(invitePath);
    expect(fresh).not.toBe(token);
    const guest = await createUser(db.db);
    expect(await describeInvite(db.db, token, guest.id)).toEqual({ state: "revoked" });
    await expect(joinRoom(db.db, guest.id, token)).rejects.toMatchObject({ code: "GONE" });
    await expect(joinRoom(db.db, guest.id, "A".repeat(32))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await joinRoom(db.db, guest.id, fresh)).role).toBe("candidate");
    expect((await loadSnapshot(db.db, id, host.id)).room!.invitePath).toBe(invitePath);
  });

  it("says a finished room is finished", async () => {
    const { id, token, interviewer } = await seatedRoom(db.db, { start: true });
    await finishSession(db.db, id, interviewer.id);
    const late = await createUser(db.db);
    expect(await describeInvite(db.db, token, late.id)).toMatchObject({ state: "finished" });
    await expect(joinRoom(db.db, late.id, token)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("finished") });
  });

  it("starts the clock only when the interviewer presses Start, once the candidate is there", async () => {
    const host = await createUser(db.db);
    const { id, token } = await createTestRoom(db.db, host.id, "interviewer");
    await expect(startClock(db.db, id, host.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("not joined") });
    const candidate = await createUser(db.db);
    await joinRoom(db.db, candidate.id, token);
    await expect(startClock(db.db, id, candidate.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await loadSnapshot(db.db, id, host.id)).can.start).toBe(true);
    const before = Date.now();
    await startClock(db.db, id, host.id);
    const snapshot = await loadSnapshot(db.db, id, candidate.id);
    expect(snapshot.status).toBe("active");
    expect(snapshot.startedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(snapshot.readOnly).toBe(false);
    await startClock(db.db, id, host.id); // a second press changes nothing
    expect((await loadSnapshot(db.db, id, host.id)).startedAt).toBe(snapshot.startedAt);
  });

  it("lets only the interviewer advance, pause, resume and finish; the candidate may say they are ready", async () => {
    const { id, interviewer, candidate, token } = await seatedRoom(db.db, { start: true });
    const observer = await createUser(db.db);
    await joinRoom(db.db, observer.id, token);
    for (const who of [candidate, observer]) {
      await expect(advancePhase(db.db, id, who.id, 0)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setPaused(db.db, id, who.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(finishSession(db.db, id, who.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(abandonSession(db.db, id, who.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(signalReady(db.db, id, observer.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signalReady(db.db, id, interviewer.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await loadSnapshot(db.db, id, interviewer.id)).advances).toEqual([]);

    await signalReady(db.db, id, candidate.id);
    expect((await loadSnapshot(db.db, id, interviewer.id)).room!.candidateReadyPhase).toBe(0);
    await advancePhase(db.db, id, interviewer.id, 0);
    const moved = await loadSnapshot(db.db, id, candidate.id);
    expect(moved.advances).toHaveLength(1);
    expect(moved.room!.candidateReadyPhase).toBeNull(); // cleared by moving on

    await setPaused(db.db, id, interviewer.id, true);
    await setPaused(db.db, id, interviewer.id, true); // already paused: nothing new stored
    expect(await db.db.select().from(sessionPauses).where(eq(sessionPauses.sessionId, id))).toHaveLength(1);
    const paused = await openSession(db.db, id, candidate.id);
    const clock = computeClock(clockFacts(paused), Date.now() + 60_000);
    expect(clock.paused).toBe(true);
    await expect(advancePhase(db.db, id, interviewer.id, 1)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("paused") });
    await expect(signalReady(db.db, id, candidate.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setPaused(db.db, id, interviewer.id, false);
    const [pause] = await db.db.select().from(sessionPauses).where(eq(sessionPauses.sessionId, id));
    expect(pause!.resumedAt).not.toBeNull();
    await finishSession(db.db, id, interviewer.id);
    expect((await loadSnapshot(db.db, id, candidate.id)).status).toBe("finished");
  });

  it("swaps the seats in the lobby, and the role each person has is the one stored now", async () => {
    const { id, interviewer, candidate } = await seatedRoom(db.db);
    expect((await getSessionAccess(db.db, id, interviewer.id))!.role).toBe("interviewer");
    await swapSeats(db.db, id, candidate.id);
    expect((await getSessionAccess(db.db, id, interviewer.id))!.role).toBe("candidate");
    expect((await getSessionAccess(db.db, id, candidate.id))!.role).toBe("interviewer");
    await expect(startClock(db.db, id, interviewer.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await startClock(db.db, id, candidate.id);
    await expect(swapSeats(db.db, id, candidate.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("swaps roles for round 2 in the same room, with the same people, on the new interviewer's question", async () => {
    const { id, roomId, token, interviewer, candidate } = await seatedRoom(db.db, { start: true });
    const observer = await createUser(db.db);
    await joinRoom(db.db, observer.id, token);
    await expect(startNextRound(db.db, id, candidate.id, { questionSlug: "rate-limiter" })).rejects.toMatchObject({ code: "FORBIDDEN" }); // not over yet
    await finishSession(db.db, id, interviewer.id);
    await expect(startNextRound(db.db, id, interviewer.id, { questionSlug: "rate-limiter" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startNextRound(db.db, id, candidate.id, { questionSlug: "no-such-question" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const next = await startNextRound(db.db, id, candidate.id, { questionSlug: "rate-limiter" });
    const round2 = await loadSnapshot(db.db, next.id, interviewer.id);
    expect(round2).toMatchObject({ status: "lobby", role: "candidate", question: { slug: "rate-limiter" }, room: { roomId, round: 2 } });
    expect((await loadSnapshot(db.db, next.id, candidate.id)).role).toBe("interviewer");
    expect((await loadSnapshot(db.db, next.id, observer.id)).role).toBe("observer");
    expect(round2.room!.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect((await loadSnapshot(db.db, id, candidate.id)).room!.rounds.map((r) => r.id)).toEqual([id, next.id]);
    // The link now leads to round 2, and round 1 cannot spawn a second "round 2".
    expect(await describeInvite(db.db, token, observer.id)).toMatchObject({ state: "participant", sessionId: next.id });
    await expect(startNextRound(db.db, id, candidate.id, { questionSlug: "url-shortener" })).rejects.toMatchObject({ code: "CONFLICT" });
    const [row] = await db.db.select({ round: practiceSessions.round }).from(practiceSessions).where(eq(practiceSessions.id, next.id));
    expect(row!.round).toBe(2);
  });

  it("refuses every room verb to someone who is not in the room, as not found", async () => {
    const { id, token } = await seatedRoom(db.db, { start: true });
    const stranger = await createUser(db.db);
    const notFound = { code: "NOT_FOUND" };
    await expect(loadSnapshot(db.db, id, stranger.id)).rejects.toMatchObject(notFound);
    await expect(startClock(db.db, id, stranger.id)).rejects.toMatchObject(notFound);
    await expect(setPaused(db.db, id, stranger.id, true)).rejects.toMatchObject(notFound);
    await expect(advancePhase(db.db, id, stranger.id, 0)).rejects.toMatchObject(notFound);
    await expect(signalReady(db.db, id, stranger.id)).rejects.toMatchObject(notFound);
    await expect(finishSession(db.db, id, stranger.id)).rejects.toMatchObject(notFound);
    await expect(abandonSession(db.db, id, stranger.id)).rejects.toMatchObject(notFound);
    await expect(regenerateInvite(db.db, id, stranger.id)).rejects.toMatchObject(notFound);
    await expect(swapSeats(db.db, id, stranger.id)).rejects.toMatchObject(notFound);
    await expect(startNextRound(db.db, id, stranger.id, { questionSlug: "rate-limiter" })).rejects.toMatchObject(notFound);
    expect(await getSessionAccess(db.db, id, stranger.id)).toBeNull();
    // Nothing changed for the people in it, and the link still works.
    expect(await describeInvite(db.db, token, stranger.id)).toMatchObject({ state: "open", offers: "observer" });
  });
});
