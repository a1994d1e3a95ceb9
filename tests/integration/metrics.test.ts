import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { log } from "@/lib/log/logger";
import { observePool } from "@/lib/metrics/database-metrics";
import { metricsRegistry } from "@/lib/metrics/registry";
import { countSessionsFrom } from "@/lib/metrics/session-metrics";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { checkpointSessionSoon, checkpointsIdle } from "@/lib/sessions/document/checkpoint";
import { notesTextName } from "@/lib/sessions/document/shape";
import { finishSession } from "@/lib/sessions/finish-session";
import { parseSamples, valueOf } from "../factories/metrics";
import { seatedRoom } from "../factories/rooms";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

const scrape = async () => parseSamples(await metricsRegistry().metrics());

function typed(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText(notesTextName("requirements")).insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

for (const backend of backends()) {
  describe(`metrics from the database (${backend})`, () => {
    let db: TestDb;

    beforeAll(async () => {
      db = await createTestDb(backend);
      if (db.pool) observePool(db.pool); // as server.ts does, before the pool's first query
      await seedQuestions(db.db);
      countSessionsFrom(db.db);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("counts open sessions by mode and status at each scrape, and drops a finished one", async () => {
      const owner = await createUser(db.db);
      const solo = await startTestSession(db.db, owner.id);
      await seatedRoom(db.db); // a peer round in its lobby
      await seatedRoom(db.db, { start: true });
      let samples = await scrape();
      expect(valueOf(samples, "sdp_practice_sessions_open", { mode: "solo", status: "active" })).toBe(1);
      expect(valueOf(samples, "sdp_practice_sessions_open", { mode: "peer", status: "lobby" })).toBe(1);
      expect(valueOf(samples, "sdp_practice_sessions_open", { mode: "peer", status: "active" })).toBe(1);
      expect(valueOf(samples, "sdp_practice_sessions_open", { mode: "solo", status: "lobby" })).toBe(0);

      await finishSession(db.db, solo.id, owner.id);
      await checkpointsIdle();
      samples = await scrape();
      expect(valueOf(samples, "sdp_practice_sessions_open", { mode: "solo", status: "active" })).toBe(0);
    });

    it("counts checkpoints written, with nothing new, and failed", async () => {
      const checkpoints = async (result: string) => valueOf(await scrape(), "sdp_document_checkpoints_total", { result });
      const before = { written: await checkpoints("written"), unchanged: await checkpoints("unchanged"), failed: await checkpoints("failed") };
      const owner = await createUser(db.db);
      const { id } = await startTestSession(db.db, owner.id);
      await appendDocumentUpdate(db.db, { sessionId: id, userId: owner.id, update: typed("capacity first") });
      checkpointSessionSoon(db.db, id); // the shared document has a row, a solo session's interviewer document none
      await checkpointsIdle();
      expect(await checkpoints("written")).toBe(before.written! + 1);
      expect(await checkpoints("unchanged")).toBe(before.unchanged! + 1);

      const down = {
        select: () => {
          throw new Error("connection lost");
        },
      } as unknown as Db;
      const logged = vi.spyOn(log, "error").mockImplementation(() => {});
      try {
        checkpointSessionSoon(down, id);
        await checkpointsIdle();
      } finally {
        logged.mockRestore();
      }
      expect(await checkpoints("failed")).toBe(before.failed! + 2);
    });

    // PGlite has no pool and its queries are not timed.
    if (backend === "postgres") it("times queries on the pool and in transactions by kind, and reports the pool", async () => {
      const count = (samples: Awaited<ReturnType<typeof scrape>>, operation: string) => valueOf(samples, "sdp_db_query_duration_seconds_count", { operation }) ?? 0;
      const before = await scrape();
      const owner = await createUser(db.db); // one insert, outside a transaction
      await db.db.transaction(async (tx) => {
        await tx.$count(users);
      });
      const pool = await scrape();
      expect(valueOf(pool, "sdp_db_pool_clients")).toBeGreaterThan(0);
      expect(valueOf(pool, "sdp_db_pool_clients_idle")).toBe(valueOf(pool, "sdp_db_pool_clients"));
      expect(valueOf(pool, "sdp_db_pool_max")).toBe(4);
      expect(valueOf(pool, "sdp_db_pool_waiting")).toBe(0);
      await expect(db.db.execute("select * from no_such_table")).rejects.toThrow();
      const after = await scrape();
      expect(count(after, "insert")).toBeGreaterThanOrEqual(count(before, "insert") + 1);
      expect(count(after, "transaction")).toBe(count(before, "transaction") + 2); // begin, commit
      expect(count(after, "select")).toBeGreaterThanOrEqual(count(before, "select") + 2);
      expect(valueOf(after, "sdp_db_query_errors_total", { operation: "select" })).toBe((valueOf(before, "sdp_db_query_errors_total", { operation: "select" }) ?? 0) + 1);
      expect(await metricsRegistry().metrics()).not.toContain(owner.email);
    });
  });
}
