import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { request } from "@/lib/realtime/client";
import { joinRoom } from "@/lib/sessions/join-room";
import type { CallSignal } from "@/lib/sessions/call/schemas";
import { connected, startRealtimeServer, type TestServer } from "../factories/realtime";
import { realtimeSuite } from "../factories/realtime-suite";
import { seatedRoom } from "../factories/rooms";
import { startTestSession } from "../factories/sessions";
import { createUser } from "../factories/users";
import { pause, waitFor } from "../factories/wait";

const OFFER = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n";
const CANDIDATE = { candidate: "candidate:842163049 1 udp 1677729535 192.0.2.10 46154 typ srflx raddr 0.0.0.0 rport 0 generation 0", sdpMid: "0", sdpMLineIndex: 0 };
const TURN_SECRET = "a-coturn-static-auth-secret";

type Received = { from: string; fromUserId: string; signal: CallSignal };

describe("the room's call: signalling over the socket", () => {
  const suite = realtimeSuite({
    server: {
      iceServers: [
        { urls: "stun:stun.example.org:3478", ttlSeconds: 3600 },
        { urls: ["turn:turn.example.org:3478?transport=udp", "turns:turn.example.org:5349"], secret: TURN_SECRET, ttlSeconds: 600 },
      ],
    },
  });

  /** A person's connection, with every call event it hears and every raw frame. */
  const open = async (userId: string, on?: TestServer) => {
    const socket = await suite.socket(userId, on);
    const signals: Received[] = [];
    const joined: { connId: string; userId: string; replaces?: string }[] = [];
    const left: string[] = [];
    const media: { connId: string; media: { audio: boolean; video: boolean } }[] = [];
    const frames: string[] = [];
    socket.io.on("open", () => socket.io.engine.on("packet", (packet: { data?: unknown }) => void (typeof packet.data === "string" && frames.push(packet.data))));
    socket.on("call:signal", ({ from, fromUserId, signal }, ack) => {
      signals.push({ from, fromUserId, signal });
      ack(true);
    });
    socket.on("call:peer-joined", (peer) => joined.push(peer));
    socket.on("call:peer-left", ({ connId }) => left.push(connId));
    socket.on("call:media", (event) => media.push(event));
    await connected(socket);
    const enter = (sessionId: string, replaces?: string) =>
      request(socket, "call:join", { sessionId, media: { audio: true, video: false }, ...(replaces ? { replaces } : {}) });
    const send = (sessionId: string, to: string, signal: CallSignal) => request(socket, "call:signal", { sessionId, to, signal });
    return { socket, signals, joined, left, media, frames, enter, send, id: () => socket.id! };
  };

  it("tells each person who is in the call and relays an offer and candidates to that one browser, stamped with the sender", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db);
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);

    const first = await ivy.enter(id);
    expect(first.ok && first.data.peers).toEqual([]);
    const second = await cam.enter(id);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.data.connId).toBe(cam.id());
    expect(second.data.peers).toEqual([{ connId: ivy.id(), userId: interviewer.id, media: { audio: true, video: false } }]);
    await waitFor(() => ivy.joined.length === 1);
    expect(ivy.joined[0]).toMatchObject({ connId: cam.id(), userId: candidate.id });

    expect(await cam.send(id, ivy.id(), { type: "offer", sdp: OFFER })).toEqual({ ok: true, data: { delivered: true } });
    expect(await cam.send(id, ivy.id(), { type: "candidate", candidate: CANDIDATE })).toEqual({ ok: true, data: { delivered: true } });
    expect(ivy.signals).toEqual([
      { from: cam.id(), fromUserId: candidate.id, signal: { type: "offer", sdp: OFFER } },
      { from: cam.id(), fromUserId: candidate.id, signal: { type: "candidate", candidate: CANDIDATE } },
    ]);
    expect(cam.signals).toEqual([]); // nothing echoes back to the sender

    // Muting shows to the other; leaving (or closing the tab) ends the other's view of them at once.
    expect((await request(cam.socket, "call:media", { sessionId: id, media: { audio: false, video: false } })).ok).toBe(true);
    await waitFor(() => ivy.media.length === 1);
    expect(ivy.media[0]).toEqual({ sessionId: id, connId: cam.id(), media: { audio: false, video: false } });
    const camId = cam.id();
    cam.socket.disconnect();
    await waitFor(() => ivy.left.includes(camId));
    expect(await ivy.send(id, camId, { type: "answer", sdp: OFFER })).toMatchObject({ ok: false, error: { code: "NOT_FOUND", message: "That person is not in this call (any more), so the message went nowhere." } });
  });

  it("mints short-lived TURN credentials per user (coturn's use-auth-secret) and never sends the secret", async () => {
    const { id, interviewer } = await seatedRoom(suite.db.db);
    const ivy = await open(interviewer.id);
    const before = Math.floor(Date.now() / 1000);
    const ack = await ivy.enter(id);
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    const [stun, turn] = ack.data.iceServers;
    expect(stun).toEqual({ urls: "stun:stun.example.org:3478" });
    expect(turn!.urls).toEqual(["turn:turn.example.org:3478?transport=udp", "turns:turn.example.org:5349"]);
    const [expiry, user] = turn!.username!.split(":");
    expect(user).toBe(interviewer.id);
    expect(Number(expiry)).toBeGreaterThanOrEqual(before + 600);
    expect(Number(expiry)).toBeLessThanOrEqual(before + 602);
    expect(turn!.credential).toBe(createHmac("sha1", TURN_SECRET).update(turn!.username!).digest("base64"));
    expect(ivy.frames.join("\n")).not.toContain(TURN_SECRET);
  });

  it("gives strangers nothing: they cannot join, cannot signal in, and hear no frame of the call", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db);
    const stranger = await createUser(suite.db.db, { name: "Sam Stranger" });
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    const sam = await open(stranger.id);
    await ivy.enter(id);
    await cam.enter(id);

    expect(await sam.enter(id)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await sam.send(id, ivy.id(), { type: "offer", sdp: OFFER })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND", message: "You are not in this room's call. Join the call first." },
    });
    // Someone in another room's call, aiming at this room's people by connection id, reaches nobody.
    const other = await seatedRoom(suite.db.db);
    const oli = await open(other.interviewer.id);
    await oli.enter(other.id);
    expect(await oli.send(other.id, ivy.id(), { type: "offer", sdp: OFFER })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await oli.send(id, ivy.id(), { type: "offer", sdp: OFFER })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    await cam.send(id, ivy.id(), { type: "offer", sdp: OFFER });
    await ivy.send(id, cam.id(), { type: "answer", sdp: OFFER });
    await pause(100);
    expect(ivy.signals.map((signal) => signal.from)).toEqual([cam.id()]);
    expect(sam.signals).toEqual([]);
    expect(sam.joined).toEqual([]);
    expect(oli.signals).toEqual([]);
    expect(sam.frames.join("\n")).not.toContain("call:");
    expect(oli.frames.join("\n")).not.toContain(OFFER.slice(0, 20));
  });

  it("an observer may join the call; a solo session has none", async () => {
    const { id, token, interviewer } = await seatedRoom(suite.db.db);
    const watcher = await createUser(suite.db.db, { name: "Olive Observer" });
    await joinRoom(suite.db.db, watcher.id, token);
    const ivy = await open(interviewer.id);
    const obs = await open(watcher.id);
    await ivy.enter(id);
    const ack = await obs.enter(id);
    expect(ack.ok && ack.data.peers.map((peer) => peer.userId)).toEqual([interviewer.id]);

    const solo = await startTestSession(suite.db.db, interviewer.id);
    expect(await ivy.enter(solo.id)).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: "Only a peer room has a call." } });
  });

  it("refuses malformed descriptions and candidates, oversize ones, and signalling oneself, each with its reason", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db);
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    await ivy.enter(id);
    await cam.enter(id);

    expect(await cam.send(id, ivy.id(), { type: "offer", sdp: "<script>alert(1)</script>" })).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST", message: 'The "call:signal" message is not valid: signal.sdp: is not a session description (SDP starts with v=0).' },
    });
    expect(await cam.send(id, ivy.id(), { type: "candidate", candidate: { candidate: "not a candidate" } })).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST", message: expect.stringContaining('is not an ICE candidate (it starts with "candidate:")') },
    });
    expect(await cam.send(id, ivy.id(), { type: "hello" } as unknown as CallSignal)).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await cam.send(id, "../../etc", { type: "offer", sdp: OFFER })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: expect.stringContaining("to: is not a connection id") } });
    expect(await cam.send(id, ivy.id(), { type: "offer", sdp: `v=0\r\n${"a=x\r\n".repeat(10_000)}` })).toMatchObject({ ok: false, error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(await cam.send(id, cam.id(), { type: "offer", sdp: OFFER })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: "A connection cannot signal itself." } });
    expect(ivy.signals).toEqual([]);
  });

  it("cuts off a flood of signalling with a clear refusal while the others' call goes on", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db);
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    await ivy.enter(id);
    await cam.enter(id);

    const results = await Promise.all(Array.from({ length: 300 }, () => cam.send(id, ivy.id(), { type: "candidate", candidate: CANDIDATE })));
    const refused = results.filter((result) => !result.ok);
    expect(refused.length).toBeGreaterThan(100);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", message: expect.stringContaining("arriving too fast") } });
    expect(ivy.signals.length).toBe(results.length - refused.length);
    // Ivy's messages to Cam still go through at once.
    expect(await ivy.send(id, cam.id(), { type: "answer", sdp: OFFER })).toEqual({ ok: true, data: { delivered: true } });
    await waitFor(() => cam.signals.length === 1);
  });

  it("a reconnecting page replaces its old connection for the others", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db);
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    await ivy.enter(id);
    await cam.enter(id);
    const oldCam = cam.id();
    const again = await open(candidate.id);
    const ack = await again.enter(id, oldCam);
    expect(ack.ok && ack.data.peers.map((peer) => peer.connId)).toEqual([ivy.id()]);
    await waitFor(() => ivy.joined.some((peer) => peer.connId === again.id()));
    expect(ivy.joined.at(-1)).toMatchObject({ connId: again.id(), userId: candidate.id, replaces: oldCam });
  });

  it.runIf(Boolean(process.env.REDIS_URL))("signals between two people connected to different instances", async () => {
    const second = await startRealtimeServer(suite.db.db);
    try {
      const { id, interviewer, candidate } = await seatedRoom(suite.db.db);
      const ivy = await open(interviewer.id);
      const cam = await open(candidate.id, second);
      await ivy.enter(id);
      const ack = await cam.enter(id);
      expect(ack.ok && ack.data.peers.map((peer) => peer.userId)).toEqual([interviewer.id]);
      await waitFor(() => ivy.joined.length === 1);
      expect(await cam.send(id, ivy.id(), { type: "offer", sdp: OFFER })).toEqual({ ok: true, data: { delivered: true } });
      expect(ivy.signals).toHaveLength(1);
      expect(await ivy.send(id, cam.id(), { type: "answer", sdp: OFFER })).toEqual({ ok: true, data: { delivered: true } });
      expect(cam.signals).toHaveLength(1);
      const camId = cam.id();
      cam.socket.disconnect();
      await waitFor(() => ivy.left.includes(camId));
    } finally {
      await second.close();
    }
  });
});
