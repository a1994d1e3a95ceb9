import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "@/lib/env";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "sdp-env-"));
const vars = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("loadEnv", () => {
  it("refuses to start in production without NEXTAUTH_SECRET", () => {
    expect(() => loadEnv(vars({ NODE_ENV: "production", DATA_DIR: dataDir() }))).toThrow(ConfigError);
    expect(() => loadEnv(vars({ NODE_ENV: "production", DATA_DIR: dataDir() }))).toThrow(/NEXTAUTH_SECRET is required/);
  });

  it("generates a development secret once and keeps it under DATA_DIR", () => {
    const dir = dataDir();
    const first = loadEnv(vars({ DATA_DIR: dir }));
    const second = loadEnv(vars({ DATA_DIR: dir }));
    expect(first.NEXTAUTH_SECRET).toHaveLength(43);
    expect(second.NEXTAUTH_SECRET).toBe(first.NEXTAUTH_SECRET);
    expect(readFileSync(path.join(dir, "nextauth-secret"), "utf8").trim()).toBe(first.NEXTAUTH_SECRET);
  });

  it("derives NEXTAUTH_URL from PORT and writes resolved values back for next-auth", () => {
    const source = vars({ PORT: "4123", DATA_DIR: dataDir(), NEXTAUTH_SECRET: "a-secret-of-enough-length" });
    const env = loadEnv(source);
    expect(env.NEXTAUTH_URL).toBe("http://localhost:4123");
    expect(source.NEXTAUTH_URL).toBe("http://localhost:4123");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("takes a METRICS_TOKEN of 16 characters or more, and an empty one as unset", () => {
    const base = { DATA_DIR: dataDir(), NEXTAUTH_SECRET: "a-secret-of-enough-length" };
    expect(loadEnv(vars({ ...base, METRICS_TOKEN: "0123456789abcdef" })).METRICS_TOKEN).toBe("0123456789abcdef");
    expect(loadEnv(vars({ ...base, METRICS_TOKEN: "" })).METRICS_TOKEN).toBeUndefined();
    expect(() => loadEnv(vars({ ...base, METRICS_TOKEN: "short" }))).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });

  it("names every invalid setting", () => {
    expect(() => loadEnv(vars({ PORT: "http", DATABASE_URL: "not a url", DATA_DIR: dataDir() }))).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });
});
