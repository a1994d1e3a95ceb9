import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { connectRealtime, request } from "@/lib/realtime/client";
import { encode } from "next-auth/jwt";
import { endAllSessions, getSessionVersion } from "@/lib/users/session-version";
import { createUser } from "../factories/users";
import { client, connected, SECRET, sessionCookie } from "../factories/realtime";
import { realtimeSuite } from "../factories/realtime-suite";

describe("realtime handshake and ping", () => {
  const suite = realtimeSuite({ backend: "pglite", seed: false });
  const open = (cookie?: string) => suite.track(client(suite.server.url, cookie));
  const userId = async () => (await createUser(suite.db.db)).id;

  it("refuses a socket without a session", async () => {
    await expect(connected(open())).rejects.toThrow(/unauthorized/);
  });

  it("refuses a session signed with another secret", async () => {
    const forged = await sessionCookie(randomUUID(), "some-other-secret-of-enough-length");
    await expect(connected(open(forged))).rejects.toThrow(/unauthorized/);
  });

  it("refuses a page of another origin even with the visitor's cookie, and accepts the app's own", async () => {
    const cookie = await sessionCookie(await userId());
    const withOrigin = (origin: string) =>
      suite.track(connectRealtime(suite.server.url, { transports: ["websocket"], extraHeaders: { cookie, origin }, reconnection: false, forceNew: true }));
    // Another port of the same host is the same site to a browser, which sends the cookie along.
    const otherPort = new URL(suite.server.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    await expect(connected(withOrigin(otherPort.origin))).rejects.toThrow(/forbidden: a page at http:\/\/127\.0\.0\.1:\d+ may not open/);
    await expect(connected(withOrigin("https://evil.test"))).rejects.toThrow(/forbidden/);
    const own = withOrigin(suite.server.url);
    await connected(own);
    expect((await request(own, "ping", { sentAt: Date.now() })).ok).toBe(true);
  });

  it("refuses a cookie from before its user signed out, or of a user who no longer exists", async () => {
    const id = await userId();
    const before = await sessionCookie(id);
    await connected(open(before));
    await endAllSessions(suite.db.db, id); // signing out anywhere does this
    await expect(connected(open(before))).rejects.toThrow(/unauthorized/);
    // A session issued after it (at the new version) works.
    const after = `next-auth.session-token=${await encode({ token: { sub: id, sv: await getSessionVersion(suite.db.db, id) }, secret: SECRET })}`;
    await connected(open(after));
    await expect(connected(open(await sessionCookie(randomUUID())))).rejects.toThrow(/unauthorized/);
  });

  it("answers a ping from a signed-in user", async () => {
    const socket = open(await sessionCookie(await userId()));
    await connected(socket);
    const sentAt = Date.now();
    const reply = await request(socket, "ping", { sentAt });
    expect(reply).toMatchObject({ ok: true, data: { sentAt } });
    if (reply.ok) expect(reply.data.serverTime).toBeGreaterThanOrEqual(sentAt);
  });

  it("refuses malformed and oversize payloads with a clear error, and stays connected", async () => {
    const socket = open(await sessionCookie(await userId()));
    await connected(socket);
    const wrongType = await socket.emitWithAck("ping", { sentAt: "yesterday" } as never);
    expect(wrongType).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: expect.stringContaining("sentAt") } });
    const extraField = await socket.emitWithAck("ping", { sentAt: 1, admin: true } as never);
    expect(extraField).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    const missing = await socket.emitWithAck("ping", undefined as never);
    expect(missing).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    const oversize = await socket.emitWithAck("ping", { sentAt: 1, pad: "x".repeat(10_000) } as never);
    expect(oversize).toMatchObject({ ok: false, error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(socket.connected).toBe(true);
    expect(await socket.emitWithAck("ping", { sentAt: 5 })).toMatchObject({ ok: true });
  });
});
