import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { request } from "@/lib/realtime/client";
import type { ChatMessage } from "@/lib/sessions/chat/schemas";
import { allowObserverChat } from "@/lib/sessions/allow-observer-chat";
import { getChatHistory } from "@/lib/sessions/chat/get-chat-history";
import { finishSession } from "@/lib/sessions/finish-session";
import { joinRoom } from "@/lib/sessions/join-room";
import { connected, startRealtimeServer, type TestServer } from "../factories/realtime";
import { realtimeSuite } from "../factories/realtime-suite";
import { seatedRoom } from "../factories/rooms";
import { createUser } from "../factories/users";
import { pause, waitFor } from "../factories/wait";

describe("a peer room's chat over the socket", () => {
  const suite = realtimeSuite();

  /** A person's connection: every chat message it is sent, and every raw frame. */
  const open = async (userId: string, on?: TestServer) => {
    const socket = await suite.socket(userId, on);
    const messages: ChatMessage[] = [];
    const frames: string[] = [];
    socket.io.on("open", () => socket.io.engine.on("packet", (packet: { data?: unknown }) => void (typeof packet.data === "string" && frames.push(packet.data))));
    socket.on("chat:message", ({ message }) => messages.push(message));
    await connected(socket);
    const join = (sessionId: string) => request(socket, "doc:join", { sessionId, channel: "shared", stateVector: Y.encodeStateVector(new Y.Doc()) });
    const say = (sessionId: string, body: string) => request(socket, "chat:send", { sessionId, body });
    return { socket, messages, frames, join, say };
  };

  it("delivers messages sent at the same moment to both participants in one order, with sender and time", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    expect((await ivy.join(id)).ok).toBe(true);
    expect((await cam.join(id)).ok).toBe(true);
    const before = Date.now();
    const acks = await Promise.all([
      ...[1, 2, 3].map((n) => ivy.say(id, `ivy ${n}: https://example.org/${n}`)),
      ...[1, 2, 3].map((n) => cam.say(id, `cam ${n}`)),
    ]);
    expect(acks.every((ack) => ack.ok)).toBe(true);
    await waitFor(() => ivy.messages.length === 6 && cam.messages.length === 6);
    expect(ivy.messages).toEqual(cam.messages);
    expect(ivy.messages.map((message) => message.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    // Sent at the same moment, they are stored in some order, and that one order is everyone's.
    expect(ivy.messages.filter((m) => m.userId === interviewer.id).map((m) => m.body).sort()).toEqual(["ivy 1: https://example.org/1", "ivy 2: https://example.org/2", "ivy 3: https://example.org/3"]);
    expect(cam.messages.find((m) => m.userId === candidate.id)).toMatchObject({ name: "Cam Candidate" });
    expect(ivy.messages.every((m) => m.sentAt >= before - 1000 && m.sentAt <= Date.now() + 1000)).toBe(true);
    // What was acknowledged is what the history holds.
    const acked = acks.map((ack) => (ack.ok ? ack.data.message.seq : 0)).sort();
    expect((await getChatHistory(suite.db.db, id, candidate.id)).messages.map((m) => m.seq)).toEqual(acked);
  });

  it("gives a stranger's socket a 404 for sending and never a frame of the chat", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const stranger = await createUser(suite.db.db);
    const ivy = await open(interviewer.id);
    const outsider = await open(stranger.id);
    await ivy.join(id);
    expect(await outsider.join(id)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await outsider.say(id, "let me in")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await expect(getChatHistory(suite.db.db, id, stranger.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const secret = "only-for-the-room-5d1c";
    expect((await ivy.say(id, secret)).ok).toBe(true);
    await waitFor(() => ivy.messages.length === 1);
    await pause(200);
    expect(outsider.messages).toEqual([]);
    expect(outsider.frames.some((frame) => frame.includes(secret))).toBe(false);
    expect((await getChatHistory(suite.db.db, id, candidate.id)).messages.map((m) => m.body)).toEqual([secret]);
  });

  it("lets an observer read but refuses their messages until the interviewer allows them, asking the setting stored now", async () => {
    const { id, token, interviewer } = await seatedRoom(suite.db.db, { start: true });
    const watcher = await createUser(suite.db.db, { name: "Olive Observer" });
    await joinRoom(suite.db.db, watcher.id, token);
    const ivy = await open(interviewer.id);
    const obs = await open(watcher.id);
    await ivy.join(id);
    expect((await obs.join(id)).ok).toBe(true);
    expect(await ivy.say(id, "welcome")).toMatchObject({ ok: true });
    await waitFor(() => obs.messages.length === 1);
    const refused = await obs.say(id, "hello from the gallery");
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringContaining("interviewer has not opened it") } });
    await allowObserverChat(suite.db.db, id, interviewer.id, true);
    expect(await obs.say(id, "thanks for letting me in")).toMatchObject({ ok: true, data: { message: { seq: 2, name: "Olive Observer" } } });
    await waitFor(() => ivy.messages.length === 2);
    await allowObserverChat(suite.db.db, id, interviewer.id, false);
    expect(await obs.say(id, "one more")).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await expect(allowObserverChat(suite.db.db, id, watcher.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses oversize and malformed messages with a clear reason, and stores nothing of them", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const cam = await open(candidate.id);
    await cam.join(id);
    expect(await cam.say(id, "x".repeat(1001))).toMatchObject({
      ok: false,
      error: { code: "PAYLOAD_TOO_LARGE", message: "That message is 1,001 characters long; the chat takes at most 1,000. Shorten it, or put longer text in the notes." },
    });
    expect(await cam.say(id, "y".repeat(100_000))).toMatchObject({ ok: false, error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(await cam.say(id, "   ")).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: "Write something before sending." } });
    expect(await request(cam.socket, "chat:send", { sessionId: id, body: 42 } as never)).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: expect.stringContaining("body") } });
    expect(await request(cam.socket, "chat:send", { sessionId: "not-a-session", body: "hi" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    // A second tab of the same person: the refusals above spent this socket's burst.
    const tab = await open(candidate.id);
    expect(await tab.say(id, "nul \u0000 inside")).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await tab.say(id, "x".repeat(1000))).toMatchObject({ ok: true, data: { message: { seq: 1 } } });
    expect((await getChatHistory(suite.db.db, id, interviewer.id)).messages).toHaveLength(1);
  });

  it("cuts off a flood from one person and leaves the other's chat working", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    await Promise.all([ivy.join(id), cam.join(id)]);
    const flood = await Promise.all(Array.from({ length: 12 }, (_, n) => cam.say(id, `spam ${n}`)));
    const refused = flood.filter((ack) => !ack.ok);
    expect(flood.filter((ack) => ack.ok).length).toBeLessThanOrEqual(5);
    expect(refused.length).toBeGreaterThanOrEqual(7);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", message: expect.stringContaining("faster than the chat allows") } });
    expect(await ivy.say(id, "still here")).toMatchObject({ ok: true });
    await waitFor(() => cam.messages.some((m) => m.body === "still here"));
  });

  it("keeps acknowledged messages across a reconnect to a freshly started server, and continues their order", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const cam = await open(candidate.id);
    await cam.join(id);
    expect(await cam.say(id, "before the restart")).toMatchObject({ ok: true, data: { message: { seq: 1 } } });
    cam.socket.disconnect();
    const restarted = await startRealtimeServer(suite.db.db);
    try {
      const again = await open(candidate.id, restarted);
      const ivy = await open(interviewer.id, restarted);
      await Promise.all([again.join(id), ivy.join(id)]);
      expect((await getChatHistory(suite.db.db, id, candidate.id)).messages.map((m) => m.body)).toEqual(["before the restart"]);
      expect(await again.say(id, "after it")).toMatchObject({ ok: true, data: { message: { seq: 2 } } });
      // (Both test servers share this process's domain events, so ivy may hear it twice; pages keep one per seq.)
      await waitFor(() => ivy.messages.some((m) => m.seq === 2 && m.body === "after it"));
      expect((await getChatHistory(suite.db.db, id, interviewer.id, 1)).messages.map((m) => m.body)).toEqual(["after it"]);
    } finally {
      await restarted.close();
    }
  });

  it("makes a finished round's chat read-only and still readable", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const cam = await open(candidate.id);
    await cam.join(id);
    await cam.say(id, "last words");
    await finishSession(suite.db.db, id, interviewer.id);
    expect(await cam.say(id, "too late")).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "This round is over, so its chat is read-only now." } });
    expect((await getChatHistory(suite.db.db, id, interviewer.id)).messages.map((m) => m.body)).toEqual(["last words"]);
  });
});
