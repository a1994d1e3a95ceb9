import Redis from "ioredis";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { notesTextName } from "@/lib/sessions/document/shape";
import {
  clusterServices,
  createClusterDb,
  pageTab,
  rawTab,
  startInstance,
  storedDocument,
  storedSeqs,
  textOf,
  uniquePrefix,
  waitUntil,
  type Instance,
} from "../factories/cluster";
import { sessionCookie } from "../factories/realtime";
import { seatedRoom } from "../factories/rooms";
import { seedQuestions } from "../factories/sessions";

const NOTES = notesTextName("requirements");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Kills these instances' pub/sub connections (by name), leaving other tests' alone. */
async function killSubscribers(admin: Redis, prefix: string): Promise<number> {
  const list = String(await admin.call("CLIENT", "LIST", "TYPE", "pubsub"));
  const ids = list
    .split("\n")
    .filter((line) => line.includes(` name=${prefix}`))
    .map((line) => /(?:^|\s)id=(\d+)/.exec(line)?.[1])
    .filter((id): id is string => Boolean(id));
  for (const id of ids) await admin.call("CLIENT", "KILL", "ID", id).catch(() => 0);
  return ids.length;
}

describe("two app instances sharing PostgreSQL and Redis", () => {
  const prefix = uniquePrefix();
  let db: Awaited<ReturnType<typeof createClusterDb>>;
  let a: Instance;
  let b: Instance;
  const closers: (() => void)[] = [];

  beforeAll(async () => {
    db = await createClusterDb();
    await seedQuestions(db.db);
    // The bare tabs here send each keystroke on its own, far faster than the page's batching would.
    const options = { databaseUrl: db.url, redisPrefix: prefix, env: { SOCKET_EDITS_PER_SECOND: "2000" } };
    [a, b] = await Promise.all([startInstance(options), startInstance(options)]);
  });
  afterAll(async () => {
    for (const close of closers) close();
    for (const instance of [a, b]) instance?.child.kill("SIGKILL");
    await db?.drop();
  });

  async function room() {
    const seated = await seatedRoom(db.db, { start: true });
    return { ...seated, interviewerCookie: await sessionCookie(seated.interviewer.id), candidateCookie: await sessionCookie(seated.candidate.id) };
  }

  it("converges edits made on both, stores every acknowledged one, and the stored document equals the clients'", async () => {
    const r = await room();
    const onA = await rawTab(a.url, r.interviewerCookie, r.id);
    const onB = await rawTab(b.url, r.candidateCookie, r.id);
    closers.push(onA.close, onB.close);
    for (let i = 0; i < 60; i++) {
      onA.doc.getText(NOTES).insert(0, `a${i} `);
      onB.doc.getMap("whiteboard").set(`el-${i}`, { id: `el-${i}`, type: "rectangle", x: i });
      onB.doc.getText(NOTES).insert(onB.doc.getText(NOTES).length, ` b${i}`);
      if (i % 10 === 0) await sleep(5);
    }
    await Promise.all([onA.settle(), onB.settle()]);
    expect(onA.acked).toHaveLength(60);
    expect(onB.acked).toHaveLength(120);

    await waitUntil(() => textOf(onA.doc, NOTES) === textOf(onB.doc, NOTES) && onA.doc.getMap("whiteboard").size === 60, 3000, "the two tabs to converge");
    const stored = await storedSeqs(db.db, r.id);
    for (const seq of [...onA.acked, ...onB.acked]) expect(stored.has(seq)).toBe(true);
    const rebuilt = await storedDocument(db.db, r.id);
    expect(textOf(rebuilt, NOTES)).toBe(textOf(onA.doc, NOTES));
    expect(rebuilt.getMap("whiteboard").toJSON()).toEqual(onB.doc.getMap("whiteboard").toJSON());
    for (let i = 0; i < 60; i++) expect(textOf(rebuilt, NOTES)).toContain(`a${i} `);
  });

  it("a client joining on one instance while the other streams edits converges without rejoining (50 times)", async () => {
    const r = await room();
    const writer = await rawTab(a.url, r.interviewerCookie, r.id);
    closers.push(writer.close);
    let streaming = true;
    let n = 0;
    const stream = (async () => {
      while (streaming) {
        writer.doc.getText(NOTES).insert(writer.doc.getText(NOTES).length, `${n++},`);
        await sleep(8);
      }
    })();
    const diverged: number[] = [];
    for (let round = 0; round < 50; round++) {
      const joiner = await rawTab(b.url, r.candidateCookie, r.id);
      // Keep streaming for a moment after the join, then check the joiner catches up from broadcasts alone.
      await sleep(10);
      const target = n;
      await writer.settle();
      const caughtUp = await waitUntil(() => textOf(joiner.doc, NOTES).includes(`,${target - 1},`), 1000, "the joiner to catch up").then(
        () => true,
        () => false,
      );
      if (!caughtUp) diverged.push(round);
      joiner.close();
    }
    streaming = false;
    await stream;
    await writer.settle();
    expect(diverged).toEqual([]);
    // Fifty joins take about two seconds on an idle machine; a shared, busy one needs far longer
    // per join, and a timeout would hide whether any round diverged.
  }, 180_000);

  it("repairs what Redis dropped: after the pub/sub connections are killed mid-edit, clients converge at once", async () => {
    const r = await room();
    // The page's own connection object, with its periodic resync out of the way (an hour), so only
    // the immediate resync after the subscriber reconnects can repair the loss.
    const onA = await pageTab(a.url, r.interviewerCookie, r.id, r.interviewer.id, { resyncEveryMs: 3_600_000 });
    const onB = await pageTab(b.url, r.candidateCookie, r.id, r.candidate.id, { resyncEveryMs: 3_600_000 });
    closers.push(
      () => onA.connection.stop(),
      () => onB.connection.stop(),
    );
    const admin = new Redis(clusterServices().redisUrl);
    try {
      // Keep the subscribers away for about half a second (each reconnect is killed again), so
      // several broadcasts are certainly published while nobody listens.
      let killing = true;
      let killed = 0;
      let killer: Promise<void> = Promise.resolve();
      const startKiller = () => (killer = (async () => {
        const until = Date.now() + 500;
        while (Date.now() < until) {
          killed += await killSubscribers(admin, prefix);
          await sleep(20);
        }
        killing = false;
      })());
      for (let i = 0; i < 200; i++) {
        onA.doc.getText(NOTES).insert(0, `x${i} `);
        if (i === 50) startKiller();
        await sleep(5);
      }
      expect(killing).toBe(false);
      expect(killed).toBeGreaterThanOrEqual(2); // both instances' subscribers, at least once
      await killer;
    } finally {
      admin.disconnect();
    }
    expect(await onA.connection.settle(10_000)).toBe(true);
    await waitUntil(() => textOf(onB.doc, NOTES) === textOf(onA.doc, NOTES), 5000, "the instance that lost its subscriber to resync its clients");
    expect(textOf(onB.doc, NOTES)).toContain("x199 ");
    expect(textOf(onB.doc, NOTES)).toContain("x51 ");
    // And the subscriptions are back: a new edit crosses by broadcast alone (the periodic resync is an hour away).
    onA.doc.getText(NOTES).insert(0, "after the blip ");
    await waitUntil(() => textOf(onB.doc, NOTES).startsWith("after the blip "), 2000, "a broadcast to cross after the blip");
  });

  it("repairs a silently lost broadcast with the periodic resync", async () => {
    const r = await room();
    const onA = await pageTab(a.url, r.interviewerCookie, r.id, r.interviewer.id, { resyncEveryMs: 3_600_000 });
    const onB = await pageTab(b.url, r.candidateCookie, r.id, r.candidate.id, { resyncEveryMs: 500 });
    closers.push(
      () => onA.connection.stop(),
      () => onB.connection.stop(),
    );
    // An edit stored without any broadcast, as if Redis had dropped the message: it goes straight
    // into the log from this process, which no instance hears about.
    const lost = new Y.Doc();
    Y.applyUpdate(lost, Y.encodeStateAsUpdate(onA.doc));
    lost.getText(NOTES).insert(0, "never broadcast ");
    await appendDocumentUpdate(db.db, { sessionId: r.id, userId: r.interviewer.id, update: Y.encodeStateAsUpdate(lost, Y.encodeStateVector(onA.doc)) });
    await waitUntil(() => textOf(onB.doc, NOTES).includes("never broadcast"), 3000, "the periodic resync to fetch the lost edit");
    // The tab whose periodic resync is an hour away has not seen it: the resync is what repaired it.
    expect(textOf(onA.doc, NOTES)).not.toContain("never broadcast");
  });
});
