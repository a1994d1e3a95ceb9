import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionUpdates } from "@/db/schema";
import { request } from "@/lib/realtime/client";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { notesTextName } from "@/lib/sessions/document/shape";
import { client, connected, sessionCookie, type TestClient } from "../factories/realtime";
import { realtimeSuite } from "../factories/realtime-suite";
import { startTestSession } from "../factories/sessions";
import { createUser } from "../factories/users";
import { waitFor } from "../factories/wait";

/** A browser tab on `socket` (not yet connected): its own Y.Doc, synced through the server like the practice page does it. */
async function openTab(socket: TestClient, sessionId: string) {
  await connected(socket);
  const doc = new Y.Doc();
  socket.on("doc:update", ({ update }) => Y.applyUpdate(doc, new Uint8Array(update), "remote"));
  const joined = await request(socket, "doc:join", { sessionId, stateVector: Y.encodeStateVector(doc) });
  if (!joined.ok) throw new Error(joined.error.message);
  Y.applyUpdate(doc, new Uint8Array(joined.data.update), "remote");
  const acks: Promise<unknown>[] = [];
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") acks.push(request(socket, "doc:update", { sessionId, update }));
  });
  return { socket, doc, joined: joined.data, settle: () => Promise.all(acks) };
}

describe("document sync between tabs", () => {
  const suite = realtimeSuite();
  let owner: { id: string };
  let cookie: string;
  /** Another tab of the owner's, with the owner's one cookie. */
  const newTab = (sessionId: string) => openTab(suite.track(client(suite.server.url, cookie)), sessionId);

  beforeAll(async () => {
    owner = await createUser(suite.db.db);
    cookie = await sessionCookie(owner.id);
  });

  it("two tabs of the same user converge, and every acknowledged edit is in the log", async () => {
    const { id } = await startTestSession(suite.db.db, owner.id);
    const a = await newTab(id);
    const b = await newTab(id);
    expect(a.joined.snapshot).toMatchObject({ id, status: "active", readOnly: false });

    a.doc.getText(notesTextName("clarify")).insert(0, "Tab A writes. ");
    b.doc.getText(notesTextName("clarify")).insert(0, "Tab B writes. ");
    b.doc.getMap("whiteboard").set("box-1", { id: "box-1", type: "rectangle", version: 1 });
    const acks = [...(await a.settle()), ...(await b.settle())];
    expect(acks.every((ack) => (ack as { ok: boolean }).ok)).toBe(true);

    const text = (doc: Y.Doc) => doc.getText(notesTextName("clarify")).toString();
    await waitFor(() => text(a.doc) === text(b.doc) && a.doc.getMap("whiteboard").has("box-1"));
    expect(text(a.doc)).toContain("Tab A writes.");
    expect(text(a.doc)).toContain("Tab B writes.");

    const stored = await suite.db.db.select().from(sessionUpdates).where(eq(sessionUpdates.sessionId, id));
    expect(stored.length).toBe(acks.length);

    // A third tab opened later gets everything from the server.
    const c = await newTab(id);
    expect(text(c.doc)).toBe(text(a.doc));
  });

  it("tells the tabs already in a document to catch up when another joins, since it may bring edits they were never sent", async () => {
    const { id } = await startTestSession(suite.db.db, owner.id);
    const a = await newTab(id);
    let told = 0;
    a.socket.on("doc:resync", () => told++);
    // Stored by an instance that died before broadcasting it: no socket here was sent it.
    const elsewhere = new Y.Doc();
    elsewhere.getText(notesTextName("clarify")).insert(0, "Stored, never broadcast. ");
    await appendDocumentUpdate(suite.db.db, { sessionId: id, userId: owner.id, update: Y.encodeStateAsUpdate(elsewhere) });
    expect(a.doc.getText(notesTextName("clarify")).toString()).toBe("");

    await newTab(id); // the tab that moved to this instance joins
    await waitFor(() => told === 1);
    const sync = await request(a.socket, "doc:sync", { sessionId: id, stateVector: Y.encodeStateVector(a.doc) });
    if (!sync.ok) throw new Error(sync.error.message);
    Y.applyUpdate(a.doc, new Uint8Array(sync.data.update), "remote");
    expect(a.doc.getText(notesTextName("clarify")).toString()).toBe("Stored, never broadcast. ");
  });

  it("lets nobody else join or write", async () => {
    const { id } = await startTestSession(suite.db.db, owner.id);
    const stranger = await createUser(suite.db.db);
    const socket = await suite.connect(stranger.id);
    const join = await request(socket, "doc:join", { sessionId: id, stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(join).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const update = Y.encodeStateAsUpdate(new Y.Doc());
    const write = await request(socket, "doc:update", { sessionId: id, update });
    expect(write).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("answers malformed updates and payloads with a clear error, and keeps the document intact", async () => {
    const { id } = await startTestSession(suite.db.db, owner.id);
    const tab = await newTab(id);
    tab.doc.getText(notesTextName("clarify")).insert(0, "kept");
    await tab.settle();
    const junk = await request(tab.socket, "doc:update", { sessionId: id, update: new Uint8Array([9, 9, 9, 9]) });
    expect(junk).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: expect.stringContaining("not saved") } });
    const wrongShape = await request(tab.socket, "doc:update", { sessionId: id, update: "text instead of bytes" } as never);
    expect(wrongShape).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    const badId = await request(tab.socket, "doc:join", { sessionId: "not-a-uuid", stateVector: new Uint8Array() });
    expect(badId).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    const fresh = await newTab(id);
    expect(fresh.doc.getText(notesTextName("clarify")).toString()).toBe("kept");
  });
});
