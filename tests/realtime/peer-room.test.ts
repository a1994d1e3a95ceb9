import { eq } from "drizzle-orm";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { sessionUpdates } from "@/db/schema";
import { request } from "@/lib/realtime/client";
import { MAX_AWARENESS_BYTES } from "@/lib/sessions/document/limits";
import { notesTextName, privateNotes, WHITEBOARD_MAP_NAME } from "@/lib/sessions/document/shape";
import { joinRoom } from "@/lib/sessions/join-room";
import type { Channel } from "@/lib/sessions/schemas";
import { swapSeats } from "@/lib/sessions/swap-seats";
import { connected, type TestClient } from "../factories/realtime";
import { realtimeSuite } from "../factories/realtime-suite";
import { seatedRoom } from "../factories/rooms";
import { createUser } from "../factories/users";
import { pause, waitFor } from "../factories/wait";

/** A participant's connection (`socket`, not yet connected): every frame it receives is recorded byte for byte. */
async function connect(socket: TestClient) {
  const frames: Buffer[] = [];
  socket.io.on("open", () => {
    socket.io.engine.on("packet", (packet: { data?: unknown }) => {
      const data = packet.data;
      if (typeof data === "string") frames.push(Buffer.from(data));
      else if (data instanceof ArrayBuffer) frames.push(Buffer.from(data));
      else if (ArrayBuffer.isView(data)) frames.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    });
  });
  await connected(socket);
  const docs = new Map<Channel, Y.Doc>();
  socket.on("doc:update", ({ channel, update }) => {
    const doc = docs.get(channel);
    if (doc) Y.applyUpdate(doc, new Uint8Array(update), "remote");
  });
  const join = async (sessionId: string, channel: Channel = "shared") => {
    const doc = docs.get(channel) ?? new Y.Doc();
    const result = await request(socket, "doc:join", { sessionId, channel, stateVector: Y.encodeStateVector(doc) });
    if (result.ok) {
      docs.set(channel, doc);
      Y.applyUpdate(doc, new Uint8Array(result.data.update), "remote");
    }
    return result;
  };
  /** Makes an edit and sends it as the page would. */
  const edit = async (sessionId: string, channel: Channel, change: (doc: Y.Doc) => void) => {
    const doc = docs.get(channel) ?? new Y.Doc();
    let update: Uint8Array | undefined;
    const listener = (u: Uint8Array, origin: unknown) => {
      if (origin !== "remote") update = u;
    };
    doc.on("update", listener);
    change(doc);
    doc.off("update", listener);
    return request(socket, "doc:update", { sessionId, channel, update: update! });
  };
  const received = (text: string) => frames.some((frame) => frame.includes(Buffer.from(text)));
  return { socket, frames, docs, join, edit, received };
}

describe("peer rooms over the socket", () => {
  const suite = realtimeSuite();
  const open = async (userId: string) => connect(await suite.socket(userId));

  it("never sends a candidate or an observer a byte of the interviewer's document, even when they ask for it by id", async () => {
    const { id, token, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const watcher = await createUser(suite.db.db);
    await joinRoom(suite.db.db, watcher.id, token);
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    const obs = await open(watcher.id);
    expect((await ivy.join(id)).ok).toBe(true);
    expect((await ivy.join(id, "interviewer")).ok).toBe(true);
    expect((await cam.join(id)).ok).toBe(true);
    expect((await obs.join(id)).ok).toBe(true);

    const secret = "SECRET-tick-and-note-7f3a";
    expect((await ivy.edit(id, "interviewer", (doc) => privateNotes(doc).push([{ id: "n", phase: "clarify", minute: 1, text: secret, at: 1 }]))).ok).toBe(true);
    for (const other of [cam, obs]) {
      const asked = await other.join(id, "interviewer");
      expect(asked).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      const wrote = await other.edit(id, "interviewer", (doc) => doc.getMap("keyPointTicks").set("clarify:0", true));
      expect(wrote.ok).toBe(false);
    }
    // A second private edit after they asked; the shared notes still reach everyone.
    await ivy.edit(id, "interviewer", (doc) => privateNotes(doc).push([{ id: "m", phase: "clarify", minute: 2, text: `${secret}-again`, at: 2 }]));
    await ivy.edit(id, "shared", (doc) => doc.getText(notesTextName("clarify")).insert(0, "shared words"));
    await waitFor(() => cam.docs.get("shared")!.getText(notesTextName("clarify")).toString() === "shared words");
    await waitFor(() => obs.docs.get("shared")!.getText(notesTextName("clarify")).toString() === "shared words");
    await pause(200);
    expect(ivy.docs.get("interviewer")!.toJSON()).toBeTruthy();
    expect(cam.received(secret)).toBe(false);
    expect(obs.received(secret)).toBe(false);
    expect(cam.received("shared words")).toBe(true); // the recording itself works
    // Nothing the refused writes carried was stored.
    const stored = await suite.db.db.select({ userId: sessionUpdates.userId, channel: sessionUpdates.channel }).from(sessionUpdates).where(eq(sessionUpdates.sessionId, id));
    expect(stored.filter((row) => row.channel === "interviewer").every((row) => row.userId === interviewer.id)).toBe(true);
  });

  it("converges the candidate's notes and the interviewer's drawing, and refuses an observer's edit", async () => {
    const { id, token, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const watcher = await createUser(suite.db.db);
    await joinRoom(suite.db.db, watcher.id, token);
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    const obs = await open(watcher.id);
    await Promise.all([ivy.join(id), cam.join(id), obs.join(id)]);
    const started = Date.now();
    await cam.edit(id, "shared", (doc) => doc.getText(notesTextName("clarify")).insert(0, "Candidate asks about scale."));
    await ivy.edit(id, "shared", (doc) => doc.getMap(WHITEBOARD_MAP_NAME).set("box", { id: "box", type: "rectangle", version: 1, versionNonce: 1 }));
    await waitFor(() => ivy.docs.get("shared")!.getText(notesTextName("clarify")).toString().includes("Candidate asks"));
    await waitFor(() => cam.docs.get("shared")!.getMap(WHITEBOARD_MAP_NAME).has("box"));
    expect(Date.now() - started).toBeLessThan(1000);
    const refused = await obs.edit(id, "shared", (doc) => doc.getText(notesTextName("clarify")).insert(0, "observer scribble"));
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringContaining("Observers") } });
    await pause(100);
    expect(cam.docs.get("shared")!.getText(notesTextName("clarify")).toString()).not.toContain("observer");
    const rows = await suite.db.db.select({ userId: sessionUpdates.userId }).from(sessionUpdates).where(eq(sessionUpdates.sessionId, id));
    expect(rows.map((row) => row.userId).sort()).toEqual([candidate.id, interviewer.id].sort());
  });

  it("moves the interviewer channel with the seat the moment roles swap", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db);
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    expect((await ivy.join(id, "interviewer")).ok).toBe(true);
    await cam.join(id);
    expect(await cam.join(id, "interviewer")).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    await swapSeats(suite.db.db, id, interviewer.id);
    await pause(150); // the broadcast that drops the old interviewer's sockets from the channel
    expect((await cam.join(id, "interviewer")).ok).toBe(true);
    const note = "AFTER-SWAP-note-91c2";
    expect((await cam.edit(id, "interviewer", (doc) => privateNotes(doc).push([{ id: "x", phase: "clarify", minute: 0, text: note, at: 0 }]))).ok).toBe(true);
    // The old interviewer can neither write nor receive the channel any more.
    const stale = await ivy.edit(id, "interviewer", (doc) => privateNotes(doc).push([{ id: "y", phase: "clarify", minute: 0, text: "late", at: 0 }]));
    expect(stale).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await ivy.join(id, "interviewer")).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await pause(200);
    expect(ivy.received(note)).toBe(false);
  });

  it("relays presence with the sender's real identity, and clears it when they leave", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    await Promise.all([ivy.join(id), cam.join(id)]);
    const seen: { userId: string; connId: string; update: Uint8Array }[] = [];
    const left: string[] = [];
    ivy.socket.on("awareness:update", (payload) => seen.push(payload));
    ivy.socket.on("awareness:left", ({ connId }) => left.push(connId));

    const awareness = new Awareness(new Y.Doc());
    // The sender claims to be the interviewer: the server stamps who really sent it.
    awareness.setLocalState({ user: { id: interviewer.id, name: "Not really Ivy" }, cursor: null });
    cam.socket.emit("awareness:update", { sessionId: id, update: encodeAwarenessUpdate(awareness, [awareness.clientID]) });
    await waitFor(() => seen.length > 0);
    expect(seen[0]!.userId).toBe(candidate.id);
    expect(seen[0]!.connId).toBe(cam.socket.id);
    const mirror = new Awareness(new Y.Doc());
    applyAwarenessUpdate(mirror, new Uint8Array(seen[0]!.update), "test");
    expect(mirror.getStates().has(awareness.clientID)).toBe(true);
    // Nothing of presence is stored.
    expect(await suite.db.db.select().from(sessionUpdates).where(eq(sessionUpdates.sessionId, id))).toHaveLength(0);

    const connId = cam.socket.id!;
    cam.socket.disconnect();
    await waitFor(() => left.includes(connId), 2000);
  });

  it("refuses oversize and flooding presence with a notice, and stays responsive", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    const ivy = await open(interviewer.id);
    const cam = await open(candidate.id);
    await Promise.all([ivy.join(id), cam.join(id)]);
    const notices: { code: string; message: string }[] = [];
    cam.socket.on("notice", (notice) => notices.push(notice));
    let relayed = 0;
    ivy.socket.on("awareness:update", () => relayed++);

    cam.socket.emit("awareness:update", { sessionId: id, update: new Uint8Array(MAX_AWARENESS_BYTES + 1000) });
    await waitFor(() => notices.some((notice) => notice.code === "PAYLOAD_TOO_LARGE"));
    const stranger = await createUser(suite.db.db);
    const outsider = await open(stranger.id);
    outsider.socket.emit("awareness:update", { sessionId: id, update: new Uint8Array([0]) });

    const small = new Awareness(new Y.Doc());
    small.setLocalState({ cursor: null });
    const update = encodeAwarenessUpdate(small, [small.clientID]);
    for (let i = 0; i < 300; i++) cam.socket.emit("awareness:update", { sessionId: id, update });
    await waitFor(() => notices.some((notice) => notice.code === "RATE_LIMITED"));
    const ping = await request(cam.socket, "ping", { sentAt: Date.now() });
    expect(ping.ok).toBe(true);
    await pause(200);
    expect(relayed).toBeGreaterThan(0);
    expect(relayed).toBeLessThan(150); // the burst allowance, not the flood
  });
});
