import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingLinkSchema } from "@/lib/sessions/chat/schemas";
import { getChatHistory } from "@/lib/sessions/chat/get-chat-history";
import { sendChatMessage } from "@/lib/sessions/chat/send-chat-message";
import { joinRoom } from "@/lib/sessions/join-room";
import { loadSnapshot } from "@/lib/sessions/open-session";
import { setMeetingLink } from "@/lib/sessions/set-meeting-link";
import { startNextRound } from "@/lib/sessions/start-next-round";
import { finishSession } from "@/lib/sessions/finish-session";
import { seatedRoom } from "../factories/rooms";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

describe.each(backends())("a room's chat and meeting link on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
  });
  afterAll(() => db.drop());

  it("numbers messages sent at once 1, 2, 3… with no gap or repeat, in the lobby too", async () => {
    const { id, interviewer, candidate } = await seatedRoom(db.db);
    const sent = await Promise.all(Array.from({ length: 20 }, (_, n) => sendChatMessage(db.db, { sessionId: id, userId: n % 2 ? interviewer.id : candidate.id, body: ` message ${n} ` })));
    expect(sent.map((message) => message.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    const { messages } = await getChatHistory(db.db, id, candidate.id);
    expect(messages.map((message) => message.seq)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect(messages.find((message) => message.seq === sent[0]!.seq)!.body).toBe("message 0"); // trimmed
    expect((await getChatHistory(db.db, id, candidate.id, 18)).messages.map((message) => message.seq)).toEqual([19, 20]);
  });

  it("gives solo sessions no chat", async () => {
    const user = await createUser(db.db);
    const { id } = await startTestSession(db.db, user.id);
    await expect(getChatHistory(db.db, id, user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendChatMessage(db.db, { sessionId: id, userId: user.id, body: "hi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shares, replaces and clears the meeting link for everyone in the room, never from an observer", async () => {
    const { id, token, interviewer, candidate } = await seatedRoom(db.db, { start: true });
    const watcher = await createUser(db.db);
    await joinRoom(db.db, watcher.id, token);
    await setMeetingLink(db.db, id, candidate.id, "https://meet.example.org/abc-defg-hij");
    for (const viewer of [interviewer, watcher]) expect((await loadSnapshot(db.db, id, viewer.id)).room!.meetingUrl).toBe("https://meet.example.org/abc-defg-hij");
    expect((await loadSnapshot(db.db, id, watcher.id)).can).toMatchObject({ setMeetingLink: false, writeChat: false, allowObserverChat: false });
    expect((await loadSnapshot(db.db, id, interviewer.id)).can).toMatchObject({ setMeetingLink: true, writeChat: true, allowObserverChat: true });
    await setMeetingLink(db.db, id, interviewer.id, "https://zoom.example.com/j/123");
    expect((await loadSnapshot(db.db, id, candidate.id)).room!.meetingUrl).toBe("https://zoom.example.com/j/123");
    await expect(setMeetingLink(db.db, id, watcher.id, "https://evil.example")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setMeetingLink(db.db, id, interviewer.id, null);
    expect((await loadSnapshot(db.db, id, candidate.id)).room!.meetingUrl).toBeNull();

    // The link belongs to the room: the next round keeps it; the finished one cannot change it.
    await setMeetingLink(db.db, id, interviewer.id, "https://jitsi.example.net/room-42");
    await finishSession(db.db, id, interviewer.id);
    await expect(setMeetingLink(db.db, id, interviewer.id, null)).rejects.toMatchObject({ code: "CONFLICT" });
    const next = await startNextRound(db.db, id, candidate.id, { questionSlug: "url-shortener" });
    expect((await loadSnapshot(db.db, next.id, interviewer.id)).room!.meetingUrl).toBe("https://jitsi.example.net/room-42");
    expect((await getChatHistory(db.db, next.id, interviewer.id)).messages).toEqual([]); // each round has its own chat
  });

  it("accepts only http and https addresses as meeting links, saying what is expected", () => {
    for (const url of ["https://meet.google.com/abc-defg-hij", "http://10.0.0.5:8000/room", "  https://zoom.us/j/1  "]) expect(meetingLinkSchema.safeParse({ url }).success).toBe(true);
    for (const url of ["javascript:alert(1)", "ftp://files.example.org", "meet.google.com/abc", "", "data:text/html,hi", `https://example.org/${"a".repeat(2001)}`]) {
      const parsed = meetingLinkSchema.safeParse({ url });
      expect(parsed.success, url).toBe(false);
    }
    expect(meetingLinkSchema.safeParse({ url: "mailto:a@b.c" }).error!.issues[0]!.message).toContain("starting with https://");
    expect(meetingLinkSchema.safeParse({ url: null }).success).toBe(true);
  });
});
