import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { request } from "@/lib/realtime/client";
import { localRealtimeCounts } from "@/lib/metrics/realtime-metrics";
import { metricsRegistry } from "@/lib/metrics/registry";
import { MAX_UPDATE_BYTES } from "@/lib/sessions/document/limits";
import { parseSamples, valueOf } from "../factories/metrics";
import { client, connected, sessionCookie } from "../factories/realtime";
import { realtimeSuite } from "../factories/realtime-suite";
import { seatedRoom } from "../factories/rooms";
import { startTestSession } from "../factories/sessions";
import { createUser } from "../factories/users";

const stateVector = () => Y.encodeStateVector(new Y.Doc());
const scrape = async () => parseSamples(await metricsRegistry().metrics());
const refusals = async (event: string, reason: string) => valueOf(await scrape(), "sdp_realtime_events_refused_total", { event, reason }) ?? 0;

describe("realtime metrics", () => {
  const suite = realtimeSuite({ backend: "pglite" });
  const open = (userId: string) => suite.connect(userId);

  it("counts this server's sockets, the sessions joined on it, and those where two people are joined", async () => {
    const room = await seatedRoom(suite.db.db, { start: true });
    const solo = await createUser(suite.db.db);
    const { id: soloId } = await startTestSession(suite.db.db, solo.id);
    const [interviewer, candidate, soloTab, soloOtherTab] = await Promise.all([open(room.interviewer.id), open(room.candidate.id), open(solo.id), open(solo.id)]);
    expect(localRealtimeCounts(suite.server.io)).toEqual({ sockets: 4, sessions: 0, peerSessionsLive: 0 });

    expect((await request(interviewer!, "doc:join", { sessionId: room.id, stateVector: stateVector() })).ok).toBe(true);
    expect((await request(interviewer!, "doc:join", { sessionId: room.id, channel: "interviewer", stateVector: stateVector() })).ok).toBe(true);
    expect((await request(soloTab!, "doc:join", { sessionId: soloId, stateVector: stateVector() })).ok).toBe(true);
    expect((await request(soloOtherTab!, "doc:join", { sessionId: soloId, stateVector: stateVector() })).ok).toBe(true);
    expect(localRealtimeCounts(suite.server.io)).toEqual({ sockets: 4, sessions: 2, peerSessionsLive: 0 }); // two tabs of one person are not a peer room

    expect((await request(candidate!, "doc:join", { sessionId: room.id, stateVector: stateVector() })).ok).toBe(true);
    expect(localRealtimeCounts(suite.server.io)).toEqual({ sockets: 4, sessions: 2, peerSessionsLive: 1 });
    expect(valueOf(await scrape(), "sdp_realtime_peer_sessions_live")).toBeGreaterThanOrEqual(1);

    candidate!.disconnect();
    await expect.poll(() => localRealtimeCounts(suite.server.io)).toEqual({ sockets: 3, sessions: 2, peerSessionsLive: 0 });
    interviewer!.disconnect();
    await expect.poll(() => localRealtimeCounts(suite.server.io)).toEqual({ sockets: 2, sessions: 1, peerSessionsLive: 0 });
  });

  it("counts refusals by reason: forbidden, rate limited, too large", async () => {
    const room = await seatedRoom(suite.db.db, { start: true });
    const candidate = await open(room.candidate.id);
    const before = { forbidden: await refusals("doc:join", "forbidden"), rateLimited: await refusals("ping", "rate_limited"), tooLarge: await refusals("doc:update", "too_large") };

    const privateNotes = await request(candidate, "doc:join", { sessionId: room.id, channel: "interviewer", stateVector: stateVector() });
    expect(!privateNotes.ok && privateNotes.error.code).toBe("FORBIDDEN");
    const pings = await Promise.all(Array.from({ length: 15 }, () => request(candidate, "ping", { sentAt: Date.now() })));
    const limited = pings.filter((ping) => !ping.ok && ping.error.code === "RATE_LIMITED").length;
    expect(limited).toBeGreaterThan(0);
    const huge = await request(candidate, "doc:update", { sessionId: room.id, update: new Uint8Array(MAX_UPDATE_BYTES + 2048) });
    expect(!huge.ok && huge.error.code).toBe("PAYLOAD_TOO_LARGE");

    expect(await refusals("doc:join", "forbidden")).toBe(before.forbidden + 1);
    expect(await refusals("ping", "rate_limited")).toBe(before.rateLimited + limited);
    expect(await refusals("doc:update", "too_large")).toBe(before.tooLarge + 1);
  });

  it("counts handshakes refused for want of a session", async () => {
    const before = valueOf(await scrape(), "sdp_realtime_handshakes_refused_total", { reason: "unauthorized" }) ?? 0;
    const stranger = suite.track(client(suite.server.url, await sessionCookie(randomUUID(), "another-secret-of-enough-length")));
    await expect(connected(stranger)).rejects.toThrow(/unauthorized/);
    expect(valueOf(await scrape(), "sdp_realtime_handshakes_refused_total", { reason: "unauthorized" })).toBe(before + 1);
  });
});
