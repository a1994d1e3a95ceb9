import { createHmac } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "@/lib/env";
import { iceServersFor } from "@/lib/sessions/call/ice-servers";
import { callSignalSchema } from "@/lib/sessions/call/schemas";

const load = (ICE_SERVERS?: string) =>
  loadEnv({ DATA_DIR: mkdtempSync(path.join(tmpdir(), "sdp-ice-")), NEXTAUTH_SECRET: "a-secret-of-enough-length", ...(ICE_SERVERS === undefined ? {} : { ICE_SERVERS }) } as unknown as NodeJS.ProcessEnv);

describe("ICE_SERVERS", () => {
  it("is an empty list when unset, so calls use direct connections only", () => {
    expect(load().ICE_SERVERS).toEqual([]);
    expect(load("").ICE_SERVERS).toEqual([]);
  });

  it("reads STUN and TURN entries, with a default lifetime for minted credentials", () => {
    const env = load(JSON.stringify([{ urls: "stun:stun.example.org:3478" }, { urls: ["turn:turn.example.org:3478"], secret: "coturn-shared-secret" }]));
    expect(env.ICE_SERVERS).toEqual([
      { urls: "stun:stun.example.org:3478", ttlSeconds: 14_400 },
      { urls: ["turn:turn.example.org:3478"], secret: "coturn-shared-secret", ttlSeconds: 14_400 },
    ]);
  });

  it("refuses what is not JSON, URLs of other schemes, and a secret beside fixed credentials, saying which", () => {
    expect(() => load("stun:stun.example.org")).toThrow(ConfigError);
    expect(() => load("stun:stun.example.org")).toThrow(/ICE_SERVERS: must be JSON/);
    expect(() => load(JSON.stringify([{ urls: "https://turn.example.org" }]))).toThrow(/must start with stun:, stuns:, turn: or turns:/);
    expect(() => load(JSON.stringify([{ urls: "turn:t.example.org", secret: "coturn-shared-secret", username: "u", credential: "c" }]))).toThrow(/either a secret .* or a fixed username/);
  });
});

describe("iceServersFor", () => {
  it("mints coturn REST credentials: '<expiry>:<user>' signed with HMAC-SHA1 of the shared secret", () => {
    const now = Date.UTC(2026, 11, 4, 12, 0, 0);
    const [turn] = iceServersFor("user-1", [{ urls: "turn:turn.example.org:3478", secret: "coturn-shared-secret", ttlSeconds: 3600 }], now);
    expect(turn!.username).toBe(`${now / 1000 + 3600}:user-1`);
    expect(turn!.credential).toBe(createHmac("sha1", "coturn-shared-secret").update(`${now / 1000 + 3600}:user-1`).digest("base64"));
    expect(turn).not.toHaveProperty("secret");
  });

  it("gives each user their own credentials and passes fixed ones through", () => {
    const settings = [{ urls: "turn:t.example.org", secret: "coturn-shared-secret", ttlSeconds: 600 }, { urls: "turn:u.example.org", username: "fixed", credential: "pass", ttlSeconds: 600 }];
    const [a, fixed] = iceServersFor("alice", settings);
    const [b] = iceServersFor("bob", settings);
    expect(a!.credential).not.toBe(b!.credential);
    expect(fixed).toEqual({ urls: "turn:u.example.org", username: "fixed", credential: "pass" });
  });
});

describe("call signals", () => {
  it("accept an end-of-candidates marker and refuse HTML in place of a description", () => {
    expect(callSignalSchema.safeParse({ type: "candidate", candidate: { candidate: "", sdpMid: null, sdpMLineIndex: null } }).success).toBe(true);
    expect(callSignalSchema.safeParse({ type: "answer", sdp: "<b>hi</b>" }).success).toBe(false);
  });
});
