import { and, asc, eq, gt, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "@/db/client";
import { sessionCheckpoints, sessionUpdates } from "@/db/schema";
import type { Channel } from "../schemas";
import { log } from "@/lib/log/logger";
import { noteCheckpoint } from "@/lib/metrics/checkpoint-metrics";

// Checkpoints of the documents' update log. A cold load (first use on an instance, after the idle
// eviction, after a restart) applies the checkpoint and reads only the rows after it, instead of
// replaying a log that grows by thousands of rows a session. The log stays the source of truth: a
// checkpoint is built from the stored rows alone (never from the in-memory copy, which may hold
// what the log refused) and replaced in one upsert, so a crash while writing one loses nothing.

export type Checkpoint = { seq: number; state: Uint8Array; byteSize: number; createdAt: Date };

/** A checkpoint every this many appended updates of one document... */
export const CHECKPOINT_EVERY_UPDATES = 200;
/** ...or when the last one is older than this and there are new rows. */
export const CHECKPOINT_MAX_AGE_MS = 5 * 60_000;

/** The stored checkpoint of one of a session's documents, if it has one. */
export async function readCheckpoint(db: Db, sessionId: string, channel: Channel): Promise<Checkpoint | null> {
  const [row] = await db
    .select({ seq: sessionCheckpoints.seq, state: sessionCheckpoints.state, byteSize: sessionCheckpoints.byteSize, createdAt: sessionCheckpoints.createdAt })
    .from(sessionCheckpoints)
    .where(and(eq(sessionCheckpoints.sessionId, sessionId), eq(sessionCheckpoints.channel, channel)));
  return row ?? null;
}

/**
 * The checkpoint's state and the rows after it as one Yjs update. Applied in order to a document
 * that collects garbage, then encoded: what a deleted character or an overwritten whiteboard
 * element held is dropped (its place in the document stays), so the state grows with the
 * content rather than with the history. `Y.mergeUpdates` alone keeps all of it (every whiteboard
 * change rewrites the whole element), and applying that costs as much as replaying the log.
 */
function mergeState(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update, "log");
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Brings one document's checkpoint up to the end of its log: the current checkpoint plus the log
 * rows after its seq, merged and upserted with the highest seq, only if that moves it forward.
 * Per session, seq order is commit order (the append locks the session row), so the rows read are
 * a prefix of the log with no gaps, and whatever checkpoint was read, the result is a state the
 * log holds up to `seq`. No transaction: the merge is CPU work, and holding a pooled connection
 * through it starved the edits being stored (bench:rooms, when 250 rooms checkpointed at once).
 * Returns the new checkpoint's seq, or null when there was nothing new.
 */
export async function writeCheckpoint(db: Db, sessionId: string, channel: Channel): Promise<{ seq: number; byteSize: number } | null> {
  const current = await readCheckpoint(db, sessionId, channel);
  const after = current?.seq ?? 0;
  const rows = await db
    .select({ seq: sessionUpdates.seq, data: sessionUpdates.data })
    .from(sessionUpdates)
    .where(and(eq(sessionUpdates.sessionId, sessionId), eq(sessionUpdates.channel, channel), gt(sessionUpdates.seq, after)))
    .orderBy(asc(sessionUpdates.seq));
  if (!rows.length) return null;
  const seq = rows.at(-1)!.seq;
  const state = mergeState(current ? [current.state, ...rows.map((row) => row.data)] : rows.map((row) => row.data));
  return (await storeCheckpoint(db, { sessionId, channel, seq, state })) ? { seq, byteSize: state.byteLength } : null;
}

/**
 * Upserts a checkpoint, only if it covers more of the log than the stored one: a writer that read
 * an older log (another instance, a slow retry) never moves it backwards. Whether it was stored.
 */
export async function storeCheckpoint(db: Db, checkpoint: { sessionId: string; channel: Channel; seq: number; state: Uint8Array }): Promise<boolean> {
  const stored = await db
    .insert(sessionCheckpoints)
    .values({ ...checkpoint, byteSize: checkpoint.state.byteLength })
    .onConflictDoUpdate({
      target: [sessionCheckpoints.sessionId, sessionCheckpoints.channel],
      set: { seq: sql`excluded.seq`, state: sql`excluded.state`, byteSize: sql`excluded.byte_size`, createdAt: sql`clock_timestamp()` },
      setWhere: sql`${sessionCheckpoints.seq} < excluded.seq`,
    })
    .returning({ seq: sessionCheckpoints.seq });
  return stored.length > 0;
}

// The scheduler: counts appends per document in memory and writes checkpoints off the request
// path, at most one at a time per document and WRITERS_AT_ONCE per process (rooms that started
// together reach their count together, and their checkpoints then queue instead of taking the
// connection pool from the edits). Counts are lost with the process, which only delays the next
// checkpoint; the log is complete either way.

const WRITERS_AT_ONCE = 2;
const writers = { busy: 0, waiting: [] as (() => void)[] };

async function withWriterSlot<T>(write: () => Promise<T>): Promise<T> {
  if (writers.busy >= WRITERS_AT_ONCE) await new Promise<void>((resolve) => writers.waiting.push(resolve));
  else writers.busy++;
  try {
    return await write();
  } finally {
    const next = writers.waiting.shift();
    if (next) next(); // the slot passes straight on
    else writers.busy--;
  }
}

type Tracked = { db: Db; appended: number; lastCheckpointAt: number; running: Promise<void> | null; again: boolean; lastNoted: number };

const FORGET_AFTER_MS = 15 * 60_000;
const globalForCheckpoints = globalThis as unknown as { __sdpCheckpoints?: Map<string, Tracked>; __sdpCheckpointsSweep?: NodeJS.Timeout };

function tracked(): Map<string, Tracked> {
  if (!globalForCheckpoints.__sdpCheckpoints) {
    const map = new Map<string, Tracked>();
    globalForCheckpoints.__sdpCheckpoints = map;
    globalForCheckpoints.__sdpCheckpointsSweep = setInterval(() => {
      const now = Date.now();
      for (const [key, entry] of map) if (!entry.running && now - entry.lastNoted > FORGET_AFTER_MS) map.delete(key);
    }, 60_000);
    globalForCheckpoints.__sdpCheckpointsSweep.unref();
  }
  return globalForCheckpoints.__sdpCheckpoints;
}

function entryFor(db: Db, sessionId: string, channel: Channel): Tracked {
  const map = tracked();
  const key = `${sessionId}/${channel}`;
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { db, appended: 0, lastCheckpointAt: Date.now(), running: null, again: false, lastNoted: Date.now() }));
  entry.db = db;
  return entry;
}

/** Writes the document's checkpoint soon, off the caller's path; one in flight per document, and one more after it if asked meanwhile. */
function schedule(entry: Tracked, sessionId: string, channel: Channel): void {
  if (entry.running) {
    entry.again = true;
    return;
  }
  entry.appended = 0;
  entry.running = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => withWriterSlot(() => writeCheckpoint(entry.db, sessionId, channel)))
    .then(
      (written) => noteCheckpoint(written ? "written" : "unchanged"),
      (error: unknown) => {
        noteCheckpoint("failed");
        log.error({ sessionId, channel, err: error }, "checkpoint could not be written");
      },
    )
    .finally(() => {
      entry.running = null;
      entry.lastCheckpointAt = Date.now();
      if (entry.again) {
        entry.again = false;
        schedule(entry, sessionId, channel);
      }
    });
}

/** Called after each update stored in the log: schedules a checkpoint every N updates or after 5 minutes with new rows. */
export function noteAppended(db: Db, sessionId: string, channel: Channel): void {
  const entry = entryFor(db, sessionId, channel);
  entry.appended++;
  entry.lastNoted = Date.now();
  if (entry.appended >= CHECKPOINT_EVERY_UPDATES || Date.now() - entry.lastCheckpointAt >= CHECKPOINT_MAX_AGE_MS) schedule(entry, sessionId, channel);
}

/** Checkpoints both of a session's documents soon (after it finished): fire and forget. */
export function checkpointSessionSoon(db: Db, sessionId: string): void {
  for (const channel of ["shared", "interviewer"] as const) schedule(entryFor(db, sessionId, channel), sessionId, channel);
}

/** Resolves once no checkpoint is being written or waiting (tests and benchmarks). */
export async function checkpointsIdle(): Promise<void> {
  for (;;) {
    const running = [...tracked().values()].flatMap((entry) => (entry.running ? [entry.running] : []));
    if (!running.length) return;
    await Promise.all(running);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
