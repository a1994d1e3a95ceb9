import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notesTextName } from "@/lib/sessions/document/shape";
import { createClusterDb, pageTab, rawTab, storedDocument, textOf, waitUntil } from "../factories/cluster";
import { sessionCookie, startRealtimeServer, type TestServer } from "../factories/realtime";
import { seatedRoom } from "../factories/rooms";
import { seedQuestions } from "../factories/sessions";

const NOTES = notesTextName("requirements");

/**
 * A trigger that makes the next INSERT into the update log fail, once, as a lost connection or a
 * full disk would. A sequence is used to count because nextval() survives the rollback of the
 * failed statement (a flag in a table would be rolled back with it).
 */
async function failNextLogInsert(db: Awaited<ReturnType<typeof createClusterDb>>["db"]) {
  await db.execute(sql.raw(`
    create or replace function fail_one_log_insert() returns trigger language plpgsql as $$
    begin
      if to_regclass('fail_log_insert_counter') is not null and nextval('fail_log_insert_counter') = 1 then
        raise exception 'could not extend file: No space left on device (test)';
      end if;
      return new;
    end $$;
    drop trigger if exists fail_one_log_insert on session_updates;
    create trigger fail_one_log_insert before insert on session_updates for each statement execute function fail_one_log_insert();
    drop sequence if exists fail_log_insert_counter;
    create sequence fail_log_insert_counter;
  `));
}

describe("a write to the update log that fails", () => {
  let db: Awaited<ReturnType<typeof createClusterDb>>;
  let server: TestServer;

  beforeAll(async () => {
    db = await createClusterDb();
    await seedQuestions(db.db);
    server = await startRealtimeServer(db.db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("is not reported saved, is sent again, and ends up stored and in every later join", async () => {
    const room = await seatedRoom(db.db, { start: true });
    const cookie = await sessionCookie(room.candidate.id);
    const tab = await pageTab(server.url, cookie, room.id, room.candidate.id);
    try {
      tab.doc.getText(NOTES).insert(0, "before the failure. ");
      await waitUntil(() => tab.saveState() === "saved", 5000, "the first edit to be saved");

      await failNextLogInsert(db.db);
      tab.states.length = 0;
      tab.doc.getText(NOTES).insert(tab.doc.getText(NOTES).length, "written while the disk was full.");

      // The page says it was not saved, and that it will send it again; the log does not have it.
      await waitUntil(() => tab.saveState() === "error", 5000, "the page to report the failed write");
      expect(tab.states).not.toContain("saved");
      expect(tab.connection.shared.failure).toMatch(/will be sent again/);
      expect(textOf(await storedDocument(db.db, room.id), NOTES)).not.toContain("disk was full");

      // The retry (a fresh sync round, a second later) stores it: the server's state did not claim it.
      await waitUntil(() => tab.saveState() === "saved", 10_000, "the page to resend and be saved");
      expect(textOf(await storedDocument(db.db, room.id), NOTES)).toBe("before the failure. written while the disk was full.");

      // Another person joining now gets it, served from the same state the log holds.
      const other = await rawTab(server.url, await sessionCookie(room.interviewer.id), room.id);
      expect(textOf(other.doc, NOTES)).toBe("before the failure. written while the disk was full.");
      other.close();
    } finally {
      tab.connection.stop();
    }
  });
});
