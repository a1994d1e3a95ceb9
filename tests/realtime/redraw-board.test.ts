import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { getReplayLog } from "@/lib/history/get-replay-log";
import { request } from "@/lib/realtime/client";
import { readSessionDocument } from "@/lib/sessions/document/read-document";
import { WHITEBOARD_MAP_NAME } from "@/lib/sessions/document/shape";
import { finishSession } from "@/lib/sessions/finish-session";
import { getWhiteboardMap, readElements } from "@/lib/whiteboard/scene-sync";
import { realtimeSuite } from "../factories/realtime-suite";
import { seatedRoom } from "../factories/rooms";
import { startTestSession } from "../factories/sessions";
import { createUser } from "../factories/users";

// The redraw board: after a session, the candidate copies their drawing and the reference design
// onto a board of its own, stored in the session's log as a third document ("redraw"), so the
// timed record (the shared document) never changes after the finish.

const box = (id: string) => ({ id, type: "rectangle", version: 1, versionNonce: 1, x: 0, y: 0, width: 10, height: 10 });
const update = (id: string) => {
  const doc = new Y.Doc();
  doc.getMap(WHITEBOARD_MAP_NAME).set(id, box(id));
  return Y.encodeStateAsUpdate(doc);
};

describe("the redraw board of a finished session", () => {
  const suite = realtimeSuite();
  const open = (userId: string) => suite.connect(userId);

  it("opens to the candidate once the session has finished, keeps what they draw, and leaves the session's own record alone", async () => {
    const owner = await createUser(suite.db.db);
    const { id } = await startTestSession(suite.db.db, owner.id);
    const socket = await open(owner.id);
    const early = await request(socket, "doc:join", { sessionId: id, channel: "redraw", stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(early).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: "The redraw board opens once the session has finished." } });

    await finishSession(suite.db.db, id, owner.id);
    const joined = await request(socket, "doc:join", { sessionId: id, channel: "redraw", stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(joined).toMatchObject({ ok: true, data: { snapshot: null } });
    expect(await request(socket, "doc:update", { sessionId: id, channel: "redraw", update: update("redrawn") })).toMatchObject({ ok: true });
    // The shared document stays read-only: the timed record is what it was at the finish.
    await request(socket, "doc:join", { sessionId: id, stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(await request(socket, "doc:update", { sessionId: id, update: update("late") })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    const redrawn = await readSessionDocument(suite.db.db, id, (doc) => readElements(getWhiteboardMap(doc)).map((element) => element.id), "redraw");
    expect(redrawn).toEqual(["redrawn"]);
    expect(await readSessionDocument(suite.db.db, id, (doc) => readElements(getWhiteboardMap(doc)).length)).toBe(0);
    // Replay and export read the session as it was: the redraw board is not in its log.
    expect((await getReplayLog(suite.db.db, id, owner.id)).updates).toHaveLength(0);

    // A second tab of the same user receives the edit; it comes back after a reconnect too.
    const again = await open(owner.id);
    const rejoined = await request(again, "doc:join", { sessionId: id, channel: "redraw", stateVector: Y.encodeStateVector(new Y.Doc()) });
    const doc = new Y.Doc();
    if (!rejoined.ok) throw new Error(rejoined.error.message);
    Y.applyUpdate(doc, new Uint8Array(rejoined.data.update));
    expect([...doc.getMap(WHITEBOARD_MAP_NAME).keys()]).toEqual(["redrawn"]);
  });

  it("is never opened or written by the interviewer or an observer of a peer round, nor by a stranger, and reaches no one else", async () => {
    const { id, interviewer, candidate } = await seatedRoom(suite.db.db, { start: true });
    await finishSession(suite.db.db, id, interviewer.id);
    const stranger = await createUser(suite.db.db);
    const interviewerSocket = await open(interviewer.id);
    const strangerSocket = await open(stranger.id);
    const candidateSocket = await open(candidate.id);
    const empty = Y.encodeStateVector(new Y.Doc());

    expect(await request(interviewerSocket, "doc:join", { sessionId: id, channel: "redraw", stateVector: empty })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: "Only the candidate can redraw on the board of a finished session." },
    });
    expect(await request(strangerSocket, "doc:join", { sessionId: id, channel: "redraw", stateVector: empty })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // Writing without a join is refused as unknown, whoever asks.
    expect(await request(interviewerSocket, "doc:update", { sessionId: id, channel: "redraw", update: update("theirs") })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    // The interviewer, in the round's shared room, hears nothing of the candidate's redraw.
    expect(await request(interviewerSocket, "doc:join", { sessionId: id, stateVector: empty })).toMatchObject({ ok: true });
    const heard: string[] = [];
    interviewerSocket.on("doc:update", ({ channel }) => heard.push(channel));
    expect(await request(candidateSocket, "doc:join", { sessionId: id, channel: "redraw", stateVector: empty })).toMatchObject({ ok: true });
    expect(await request(candidateSocket, "doc:update", { sessionId: id, channel: "redraw", update: update("mine") })).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual([]);
  });

  it("refuses an unknown document by name", async () => {
    const owner = await createUser(suite.db.db);
    const { id } = await startTestSession(suite.db.db, owner.id);
    const socket = await open(owner.id);
    const result = await request(socket, "doc:join", { sessionId: id, channel: "scratch" as "redraw", stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(result).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: expect.stringContaining("must be shared, interviewer or redraw") } });
  });
});
