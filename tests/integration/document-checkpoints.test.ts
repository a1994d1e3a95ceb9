import { and, eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { practiceSessions, sessionCheckpoints, sessionUpdates } from "@/db/schema";
import { getReplayLog } from "@/lib/history/get-replay-log";
import { buildDocument, loadSessionDocument, readNotes } from "@/lib/history/load-session-document";
import { base64ToBytes } from "@/lib/history/replay";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { CHECKPOINT_EVERY_UPDATES, checkpointsIdle, readCheckpoint, storeCheckpoint, writeCheckpoint } from "@/lib/sessions/document/checkpoint";
import { forgetServerDoc } from "@/lib/sessions/document/server-docs";
import { notesTextName } from "@/lib/sessions/document/shape";
import { syncDocument } from "@/lib/sessions/document/sync-document";
import { finishSession } from "@/lib/sessions/finish-session";
import { openSession } from "@/lib/sessions/open-session";
import { applyLocalElements, getWhiteboardMap, readElements } from "@/lib/whiteboard/scene-sync";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";
import { log } from "@/lib/log/logger";

/** A browser tab: its own document, whose every change is what the tab would send. */
class Tab {
  readonly doc = new Y.Doc();
  private captured: Uint8Array[] = [];
  constructor() {
    this.doc.on("update", (update: Uint8Array, origin: unknown) => origin !== "remote" && this.captured.push(update));
  }
  private take(change: () => void): Uint8Array {
    this.captured = [];
    change();
    return Y.mergeUpdates(this.captured);
  }
  type(phase: string, text: string, at?: number): Uint8Array {
    const notes = this.doc.getText(notesTextName(phase));
    return this.take(() => notes.insert(at ?? notes.length, text));
  }
  erase(phase: string, at: number, length: number): Uint8Array {
    return this.take(() => this.doc.getText(notesTextName(phase)).delete(at, length));
  }
  /** Moves (or first draws) a box: Excalidraw writes the whole element again with a higher version. */
  drawBox(id: string, x: number): Uint8Array {
    const version = ((getWhiteboardMap(this.doc).get(id)?.version as number | undefined) ?? 0) + 1;
    return this.take(() => applyLocalElements(getWhiteboardMap(this.doc), [{ id, type: "rectangle", version, versionNonce: version, x, y: 10, width: 120, height: 60, isDeleted: false, index: null }], "local"));
  }
  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, "remote");
  }
}

/** What a person sees in a document: every phase's notes and the whiteboard. */
const visible = (doc: Y.Doc) => ({ notes: readNotes(doc), board: readElements(getWhiteboardMap(doc)) });

describe.each(backends())("document checkpoints on %s", (backend) => {
  let db: TestDb;
  let owner: { id: string };

  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
    owner = await createUser(db.db);
  });
  afterAll(async () => {
    await checkpointsIdle();
    await db.drop();
  });

  const append = async (sessionId: string, update: Uint8Array) => (await appendDocumentUpdate(db.db, { sessionId, userId: owner.id, update })).seq;

  /** A tab opening the session on a server with nothing in memory (a restart, or another instance). */
  async function coldJoin(sessionId: string): Promise<Y.Doc> {
    forgetServerDoc(sessionId);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await syncDocument(db.db, sessionId, Y.encodeStateVector(doc))).update);
    return doc;
  }

  /** A session with notes typed, some erased, and boxes drawn and moved: `count` updates in all. */
  async function writeSession(count: number, tab = new Tab()): Promise<{ id: string; tab: Tab; seqs: number[] }> {
    const { id } = await startTestSession(db.db, owner.id);
    const seqs: number[] = [];
    for (let i = 0; i < count; i++) {
      const update = i % 7 === 6 ? tab.erase("clarify", 0, 1) : i % 5 === 4 ? tab.drawBox(`box-${i % 3}`, i * 10) : tab.type(i % 2 ? "clarify" : "deep_dive", `w${i} `);
      seqs.push(await append(id, update));
    }
    return { id, tab, seqs };
  }

  it("covers exactly the log up to its seq, and later rows stay out until the next one", async () => {
    const { id, tab, seqs } = await writeSession(40);
    const written = await writeCheckpoint(db.db, id, "shared");
    expect(written?.seq).toBe(seqs.at(-1));
    const atCheckpoint = visible(tab.doc);

    await append(id, tab.type("trade_offs", "Later words."));
    const checkpoint = (await readCheckpoint(db.db, id, "shared"))!;
    expect(checkpoint.seq).toBe(seqs.at(-1));
    expect(checkpoint.byteSize).toBe(checkpoint.state.byteLength);
    const fromCheckpoint = new Y.Doc();
    Y.applyUpdate(fromCheckpoint, checkpoint.state);
    expect(visible(fromCheckpoint)).toEqual(atCheckpoint);
    expect(fromCheckpoint.getText(notesTextName("trade_offs")).toString()).toBe("");
    expect(visible(buildDocument((await db.db.select().from(sessionUpdates).where(and(eq(sessionUpdates.sessionId, id), sql`${sessionUpdates.seq} <= ${checkpoint.seq}`)).orderBy(sessionUpdates.seq)).map((row) => row.data)))).toEqual(atCheckpoint);

    expect((await writeCheckpoint(db.db, id, "shared"))?.seq).toBe(checkpoint.seq + 1);
    expect(await writeCheckpoint(db.db, id, "shared")).toBeNull(); // nothing new
  });

  it("a cold join from checkpoint and tail shows exactly what a full replay shows", async () => {
    const { id, tab } = await writeSession(60);
    await writeCheckpoint(db.db, id, "shared");
    for (let i = 0; i < 15; i++) await append(id, i % 3 ? tab.type("high_level_design", `tail ${i}. `) : tab.drawBox("box-1", 900 + i));
    await append(id, tab.erase("deep_dive", 2, 5));

    const joined = await coldJoin(id);
    const replayed = await loadSessionDocument(db.db, id);
    expect(visible(joined)).toEqual(visible(replayed));
    expect(visible(joined)).toEqual(visible(tab.doc));
    expect(Y.encodeStateVector(joined)).toEqual(Y.encodeStateVector(replayed));
    // The tab that wrote it all syncs with nothing to exchange, both ways.
    const { update, stateVector } = await syncDocument(db.db, id, Y.encodeStateVector(tab.doc));
    tab.receive(update);
    expect(visible(tab.doc)).toEqual(visible(replayed));
    expect(Y.decodeUpdate(Y.encodeStateAsUpdate(tab.doc, stateVector)).structs).toHaveLength(0);
  });

  it("an offline tab's edit inside text erased meanwhile still lands after a cold join from a checkpoint", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    const writer = new Tab();
    await append(id, writer.type("clarify", "Reads dominate writes."));
    const offline = new Tab();
    offline.receive(Y.encodeStateAsUpdate(writer.doc));
    const late = offline.type("clarify", " (100:1)", "Reads dominate".length); // typed into what the writer erases next
    await append(id, writer.erase("clarify", 5, "dominate writes".length));
    await append(id, writer.type("clarify", " win."));
    await writeCheckpoint(db.db, id, "shared");
    forgetServerDoc(id);

    await append(id, late); // the offline tab reconnects to a server that loaded from the checkpoint
    const joined = await coldJoin(id);
    expect(readNotes(joined).clarify).toBe(readNotes(await loadSessionDocument(db.db, id)).clarify);
    expect(readNotes(joined).clarify).toContain("(100:1)");
  });

  it("is never rewritten backwards", async () => {
    const { id, tab } = await writeSession(10);
    const first = (await writeCheckpoint(db.db, id, "shared"))!;
    const stale = (await readCheckpoint(db.db, id, "shared"))!;
    await append(id, tab.type("estimate", "40 writes/s"));
    const second = (await writeCheckpoint(db.db, id, "shared"))!;
    expect(second.seq).toBeGreaterThan(first.seq);

    // A writer that read the older log (a slow instance) loses, and so do concurrent ones.
    expect(await storeCheckpoint(db.db, { sessionId: id, channel: "shared", seq: stale.seq, state: stale.state })).toBe(false);
    await append(id, tab.type("estimate", ", 4k reads/s"));
    await Promise.all([writeCheckpoint(db.db, id, "shared"), writeCheckpoint(db.db, id, "shared"), writeCheckpoint(db.db, id, "shared")]);
    const [latest] = await db.db.select({ seq: sql<number>`max(${sessionUpdates.seq})` }).from(sessionUpdates).where(eq(sessionUpdates.sessionId, id));
    expect((await readCheckpoint(db.db, id, "shared"))!.seq).toBe(Number(latest!.seq));
    expect(readNotes(await coldJoin(id)).estimate).toBe("40 writes/s, 4k reads/s");
  });

  it("is written in the background every so many updates", async () => {
    const { id, tab, seqs } = await writeSession(CHECKPOINT_EVERY_UPDATES + 5);
    await checkpointsIdle();
    const checkpoint = (await readCheckpoint(db.db, id, "shared"))!;
    expect(checkpoint.seq).toBeGreaterThanOrEqual(seqs[CHECKPOINT_EVERY_UPDATES - 1]!);
    expect(visible(await coldJoin(id))).toEqual(visible(tab.doc));
  });

  it("is written when a session finishes, by the Finish button or by its time running out", async () => {
    const finished = await writeSession(12);
    await finishSession(db.db, finished.id, owner.id);
    await checkpointsIdle();
    expect((await readCheckpoint(db.db, finished.id, "shared"))?.seq).toBe(finished.seqs.at(-1));
    expect(await readCheckpoint(db.db, finished.id, "interviewer")).toBeNull(); // a solo session has no interviewer's document
    expect(visible(await coldJoin(finished.id))).toEqual(visible(finished.tab.doc));

    const expired = await writeSession(5);
    await db.db.update(practiceSessions).set({ startedAt: new Date(Date.now() - 3 * 60 * 60_000) }).where(eq(practiceSessions.id, expired.id));
    expect((await openSession(db.db, expired.id, owner.id)).status).toBe("finished");
    await checkpointsIdle();
    expect((await readCheckpoint(db.db, expired.id, "shared"))?.seq).toBe(expired.seqs.at(-1));
  });

  it("a checkpoint that fails to be written leaves the log, the old checkpoint and the cold join intact", async () => {
    const { id, tab, seqs } = await writeSession(20);
    const before = (await writeCheckpoint(db.db, id, "shared"))!;
    await db.db.execute(sql.raw(`create function refuse_checkpoint() returns trigger language plpgsql as $$ begin raise exception 'checkpoint refused'; end $$`));
    await db.db.execute(sql.raw(`create trigger refuse_checkpoint before insert or update on session_checkpoints for each row execute function refuse_checkpoint()`));
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    try {
      for (let i = 0; i < CHECKPOINT_EVERY_UPDATES + 3; i++) seqs.push(await append(id, tab.type("deep_dive", `${i} `))); // the background one fails too
      await expect(writeCheckpoint(db.db, id, "shared")).rejects.toThrow();
      await finishSession(db.db, id, owner.id); // finishing still works
      await checkpointsIdle();
      expect(logged.mock.calls.some((call) => call[1] === "checkpoint could not be written")).toBe(true);
    } finally {
      logged.mockRestore();
      await db.db.execute(sql.raw(`drop trigger refuse_checkpoint on session_checkpoints`));
      await db.db.execute(sql.raw(`drop function refuse_checkpoint()`));
    }
    expect((await readCheckpoint(db.db, id, "shared"))!.seq).toBe(before.seq);
    expect(await db.db.$count(sessionUpdates, eq(sessionUpdates.sessionId, id))).toBe(seqs.length);
    expect(visible(await coldJoin(id))).toEqual(visible(tab.doc));
  });

  it("the history replay still steps through every update, checkpoint or not", async () => {
    const { id } = await startTestSession(db.db, owner.id);
    const tab = new Tab();
    const words = Array.from({ length: 30 }, (_, i) => `step${i} `);
    for (const [i, word] of words.entries()) {
      await append(id, tab.type("clarify", word));
      if (i % 10 === 9) await writeCheckpoint(db.db, id, "shared");
    }
    await finishSession(db.db, id, owner.id);
    await checkpointsIdle();
    const log = await getReplayLog(db.db, id, owner.id);
    expect(log.updates).toHaveLength(words.length);
    for (let step = 1; step <= words.length; step++) {
      const doc = buildDocument(log.updates.slice(0, step).map((update) => base64ToBytes(update.data)));
      expect(readNotes(doc).clarify).toBe(words.slice(0, step).join(""));
    }
  });

  it("is removed with its session", async () => {
    const { id } = await writeSession(3);
    await writeCheckpoint(db.db, id, "shared");
    await db.db.delete(practiceSessions).where(eq(practiceSessions.id, id));
    expect(await db.db.$count(sessionCheckpoints, eq(sessionCheckpoints.sessionId, id))).toBe(0);
  });
});
