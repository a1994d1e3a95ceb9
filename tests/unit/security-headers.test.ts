import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { servedOverHttps } from "@/lib/http/security-headers";

const request = (headers: Record<string, string>, encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

describe("whether a visitor came over https (for HSTS)", () => {
  it("believes a TLS connection, and a proxy's X-Forwarded-Proto only when proxies are trusted", () => {
    expect(servedOverHttps(request({}, true), 0)).toBe(true);
    expect(servedOverHttps(request({ "x-forwarded-proto": "https" }), 0)).toBe(false);
    expect(servedOverHttps(request({ "x-forwarded-proto": "https" }), 1)).toBe(true);
    expect(servedOverHttps(request({ "x-forwarded-proto": "http, https" }), 1)).toBe(false);
    expect(servedOverHttps(request({}), 1)).toBe(false);
  });
});
