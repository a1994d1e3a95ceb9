import { describe, expect, it } from "vitest";
import { resolveClientIp } from "@/lib/auth/client-ip";
import { loadEnv } from "@/lib/env";

describe("the client address used for per-IP limits", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(resolveClientIp("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(resolveClientIp(undefined, undefined, 0)).toBe("unknown");
  });

  it("behind one proxy is the address that proxy appended, not what the client wrote before it", () => {
    expect(resolveClientIp("10.0.0.2", "1.2.3.4, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(resolveClientIp("10.0.0.2", ["1.2.3.4", "198.51.100.9"], 1)).toBe("198.51.100.9");
  });

  it("behind two proxies skips the inner proxy's own entry", () => {
    expect(resolveClientIp("10.0.0.3", "6.6.6.6, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
    expect(resolveClientIp("10.0.0.3", "2001:db8::1, 10.0.0.2", 2)).toBe("2001:db8::1");
  });

  it("falls back to the peer when the header is missing, too short or not an address", () => {
    expect(resolveClientIp("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolveClientIp("10.0.0.2", "198.51.100.9", 2)).toBe("10.0.0.2");
    expect(resolveClientIp("10.0.0.2", "not-an-ip", 1)).toBe("10.0.0.2");
  });

  it("reads the number of trusted proxies from TRUST_PROXY_HOPS, refusing nonsense", () => {
    const base = { NEXTAUTH_SECRET: "x".repeat(32) } as Record<string, string>;
    const env = (vars: Record<string, string>) => loadEnv(vars as NodeJS.ProcessEnv);
    expect(env({ ...base }).TRUST_PROXY_HOPS).toBe(0);
    expect(env({ ...base, TRUST_PROXY_HOPS: "1" }).TRUST_PROXY_HOPS).toBe(1);
    expect(() => env({ ...base, TRUST_PROXY_HOPS: "-1" })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
