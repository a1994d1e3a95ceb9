import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { DOCUMENT_WRITE_RULES } from "../permissions";
import type { Channel } from "../schemas";
import { MAX_DOCUMENT_BYTES } from "./limits";

export type PendingWrite = { sessionId: string; userId: string; channel: Channel; update: Uint8Array };

/** At most this many statements in flight per database handle; more writes wait and join a batch. */
const MAX_CONCURRENT = 2;
/** At most this many updates in one statement. */
const MAX_BATCH = 200;

type Queued = PendingWrite & { resolve: (seq: number | null) => void; reject: (error: unknown) => void };

const list = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);

/** The write rules of permissions.ts as SQL over the input row `i`, its session `s` and participant `p`. */
const allowedSql: SQL = sql.join(
  (Object.entries(DOCUMENT_WRITE_RULES) as [Channel, (typeof DOCUMENT_WRITE_RULES)[Channel]][]).map(
    ([channel, rule]) => sql`(i.channel = ${channel} and s.mode in (${list(rule.modes)}) and s.status in (${list(rule.statuses)}) and p.role in (${list(rule.roles)}))`,
  ),
  sql` or `,
);

/**
 * Appends many updates (of different sessions) in one statement: each is stored only if its
 * writer may write that document now (the role and status stored at this moment, checked in the
 * same statement) and its session stays under the size limit. Session rows are locked in id order,
 * so concurrent batches from several instances never deadlock, and the lock orders each session's
 * writes. Resolves each update's sequence number, or null where the update was refused.
 */
async function appendBatch(db: Db, batch: PendingWrite[]): Promise<(number | null)[]> {
  const rows = sql.join(
    batch.map((item, index) => sql`(${item.sessionId}::uuid, ${item.userId}::uuid, ${item.channel}::text, ${item.update.byteLength}::int, ${item.update}::bytea, ${index}::int)`),
    sql`, `,
  );
  const result = await db.execute<{ seq: string | number; ord: number }>(sql`
    with input(session_id, user_id, channel, size, data, ord) as (values ${rows}),
    locked as (
      select id from practice_sessions where id in (select session_id from input) order by id for update
    ),
    allowed as (
      select i.* from input i
      join locked l on l.id = i.session_id
      join practice_sessions s on s.id = i.session_id
      join session_participants p on p.session_id = i.session_id and p.user_id = i.user_id
      where ${allowedSql}
    ),
    totals as (select session_id, sum(size)::int as bytes, count(*)::int as updates from allowed group by session_id),
    grown as (
      update practice_sessions s
      set doc_bytes = s.doc_bytes + t.bytes, update_count = s.update_count + t.updates
      from totals t
      where s.id = t.session_id and s.doc_bytes + t.bytes <= ${MAX_DOCUMENT_BYTES}
      returning s.id
    ),
    stored as (
      insert into session_updates (session_id, user_id, byte_size, data, channel)
      select a.session_id, a.user_id, a.size, a.data, a.channel from allowed a where a.session_id in (select id from grown) order by a.ord
      returning seq, session_id, channel
    )
    select stored.seq, input.ord from stored join input on input.session_id = stored.session_id and input.channel = stored.channel`);
  const seqs: (number | null)[] = batch.map(() => null);
  for (const row of (result as unknown as { rows: { seq: string | number; ord: number }[] }).rows) seqs[Number(row.ord)] = Number(row.seq);
  return seqs;
}

/**
 * Group commit for document updates. Under light load each update is written at once, alone;
 * when statements are already in flight, the updates that arrive meanwhile go together in the
 * next one, so a busy server makes fewer, larger writes instead of queueing one per update.
 * Callers keep at most one update per session document in flight (the session lock), so a batch
 * never holds two updates of the same document.
 */
class WriteBatcher {
  private queue: Queued[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly db: Db) {}

  add(write: PendingWrite): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...write, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_CONCURRENT && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight++;
      appendBatch(this.db, batch)
        .then(
          (seqs) => batch.forEach((item, index) => item.resolve(seqs[index]!)),
          (error) => batch.forEach((item) => item.reject(error)),
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}

const batchers = new WeakMap<Db, WriteBatcher>();

/** Stores one update through its database's batcher: its sequence number, or null if refused. */
export function writeUpdate(db: Db, write: PendingWrite): Promise<number | null> {
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new WriteBatcher(db)));
  return batcher.add(write);
}
