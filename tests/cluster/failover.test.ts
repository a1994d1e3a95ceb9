import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notesTextName } from "@/lib/sessions/document/shape";
import {
  createClusterDb,
  pageTab,
  rawTab,
  startBalancer,
  startInstance,
  storedDocument,
  storedSeqs,
  textOf,
  uniquePrefix,
  waitUntil,
  type Balancer,
  type Instance,
} from "../factories/cluster";
import { sessionCookie } from "../factories/realtime";
import { seatedRoom } from "../factories/rooms";
import { seedQuestions } from "../factories/sessions";

const NOTES = notesTextName("requirements");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Tab = Awaited<ReturnType<typeof pageTab>>;

describe("two instances behind nginx (round-robin, no affinity) when one goes away", () => {
  let db: Awaited<ReturnType<typeof createClusterDb>>;
  let options: Parameters<typeof startInstance>[0];
  const instances: Instance[] = [];
  let balancer: Balancer;
  const cleanups: (() => void)[] = [];

  beforeAll(async () => {
    db = await createClusterDb();
    await seedQuestions(db.db);
    options = { databaseUrl: db.url, redisPrefix: uniquePrefix() };
    instances.push(...(await Promise.all([startInstance(options), startInstance(options)])));
    balancer = await startBalancer(instances.map((instance) => instance.port));
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  afterAll(async () => {
    for (const instance of instances) instance.child.kill("SIGKILL");
    await balancer?.stop();
    await db?.drop();
  });

  /** A started room with four of the page's own connections through the balancer (two per person). */
  async function roomThroughBalancer() {
    const room = await seatedRoom(db.db, { start: true });
    const people = [
      { id: room.interviewer.id, cookie: await sessionCookie(room.interviewer.id) },
      { id: room.candidate.id, cookie: await sessionCookie(room.candidate.id) },
    ];
    const tabs: Tab[] = [];
    for (let i = 0; i < 4; i++) {
      const person = people[i % 2]!;
      // Connecting as the page does: WebSocket first, so each connection is one request to one instance.
      const tab = await pageTab(balancer.url, person.cookie, room.id, person.id, { pageTransports: true });
      cleanups.push(() => tab.connection.stop());
      tabs.push(tab);
    }
    return { room, people, tabs };
  }

  /** Each tab types its own markers ("t2-17;") every 40 ms until stopped; returns every marker typed. */
  function typeInEveryTab(tabs: Tab[]) {
    const typed: string[] = [];
    let going = true;
    const done = Promise.all(
      tabs.map(async (tab, t) => {
        for (let i = 0; going; i++) {
          const text = tab.doc.getText(NOTES);
          text.insert(text.length, `t${t}-${i};`);
          typed.push(`t${t}-${i};`);
          await sleep(40);
        }
      }),
    );
    return {
      typed,
      stop: async () => {
        going = false;
        await done;
      },
    };
  }

  /** The direct socket types an edit every 20 ms while it is connected; stop() waits for its acknowledgements. */
  function typeDirectly(direct: Awaited<ReturnType<typeof rawTab>>) {
    let going = true;
    const done = (async () => {
      for (let i = 0; going && direct.socket.connected; i++) {
        direct.doc.getText("direct").insert(0, `d${i};`);
        await sleep(20);
      }
    })();
    return {
      stop: async () => {
        going = false;
        await done;
        await direct.settle();
      },
    };
  }

  async function expectEverythingStored(sessionId: string, tabs: Tab[], typed: string[], acked: number[]) {
    for (const tab of tabs) {
      const settled = await tab.connection.settle(15_000);
      expect(settled).toBe(true);
    }
    await waitUntil(() => tabs.every((tab) => textOf(tab.doc, NOTES) === textOf(tabs[0]!.doc, NOTES)), 10_000, "every tab to converge").catch((error: Error) => {
      const lacking = tabs.map((tab, i) => `tab ${i} (${tab.disconnects()} disconnects) lacks ${typed.filter((m) => !textOf(tab.doc, NOTES).includes(m)).length}`);
      throw new Error(`${error.message}: ${lacking.join(", ")}`);
    });
    const stored = textOf(await storedDocument(db.db, sessionId), NOTES);
    const missing = typed.filter((marker) => !stored.includes(marker));
    expect(missing).toEqual([]);
    expect(stored).toBe(textOf(tabs[0]!.doc, NOTES));
    const seqs = await storedSeqs(db.db, sessionId);
    expect(acked.filter((seq) => !seqs.has(seq))).toEqual([]);
  }

  it("SIGKILL: the tabs reconnect through the balancer to the other instance, and every edit is stored", async () => {
    const { room, people, tabs } = await roomThroughBalancer();
    // One connection straight to the instance that dies: whatever it was told is stored must be.
    const [doomed] = instances;
    const direct = await rawTab(doomed!.url, people[0]!.cookie, room.id);
    cleanups.push(direct.close);
    const typing = typeInEveryTab(tabs);
    const directTyping = typeDirectly(direct);

    await sleep(800);
    doomed!.child.kill("SIGKILL");
    await doomed!.exited;
    await sleep(1500);
    await typing.stop();
    await directTyping.stop();

    expect(direct.acked.length).toBeGreaterThan(10);
    // Round-robin put some tabs on the killed instance; they reconnected and carried on.
    expect(tabs.filter((tab) => tab.disconnects() > 0).length).toBeGreaterThan(0);
    await expectEverythingStored(room.id, tabs, typing.typed, direct.acked);

    // Start it again on its port, as a restart would: the next test stops the other one.
    instances[0] = await startInstance({ ...options, port: doomed!.port });
  });

  it("SIGTERM: the instance drains and exits 0 within seconds, its tabs carry on elsewhere, and nothing is lost", async () => {
    const { room, people, tabs } = await roomThroughBalancer();
    const stopping = instances[1]!;
    const direct = await rawTab(stopping.url, people[1]!.cookie, room.id);
    cleanups.push(direct.close);
    const typing = typeInEveryTab(tabs);
    const directTyping = typeDirectly(direct);

    await sleep(800);
    const signalledAt = Date.now();
    stopping.child.kill("SIGTERM");
    const exit = await stopping.exited;
    const tookMs = Date.now() - signalledAt;
    await sleep(1500);
    await typing.stop();
    await directTyping.stop();

    expect(exit).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(5_000);
    expect(stopping.output()).toContain("realtime drained");
    expect(direct.acked.length).toBeGreaterThan(10);
    expect(tabs.filter((tab) => tab.disconnects() > 0).length).toBeGreaterThan(0);
    await expectEverythingStored(room.id, tabs, typing.typed, direct.acked);
  });
});
