import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { iceServersSettingSchema } from "@/lib/sessions/call/schemas";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalUrl = z.preprocess(emptyAsUndefined, z.url().optional());
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  /** Where the question bank and other content live; the repository's content/ by default. */
  CONTENT_DIR: z.string().min(1).default("content"),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  /** Prefix for every Redis key, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, "use letters, digits and : . - _").default("sdp:"),
  /** Sign-in attempts allowed per client IP in 15 minutes, across all accounts. */
  SIGNIN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  /** Accounts that may be created per client IP in an hour. */
  SIGNUPS_PER_IP: z.coerce.number().int().min(1).default(20),
  /**
   * Document edits one connection may send per second (bursts of three times as many; a person
   * across all their tabs, twice as many). The page batches edits, so it sends at most 7.
   */
  SOCKET_EDITS_PER_SECOND: z.coerce.number().int().min(1).default(20),
  /**
   * Reverse proxies in front of the app that append to X-Forwarded-For (0: none, the client
   * connects directly). Per-IP limits then use the address the outermost trusted proxy saw.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Bearer token that GET /metrics requires. Unset: /metrics answers only clients connecting from
   * this machine's loopback address (127.0.0.1, ::1), and 404 to everyone else.
   */
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional()),
  NEXTAUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional()),
  NEXTAUTH_URL: optionalUrl,
  /**
   * Further origins the app is served at (comma-separated), whose pages may post to it and open
   * its live connection. The public URL (NEXTAUTH_URL) and the request's own Host always count.
   */
  APP_ORIGINS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? value.split(",").map((origin) => origin.trim()) : undefined),
    z.array(z.url({ protocol: /^https?$/, error: "each of APP_ORIGINS must be an http(s) URL" })).optional(),
  ),
  /**
   * STUN/TURN servers for the room's call, as a JSON list (see README, "The call"). Unset: no
   * ICE servers, which is enough on one network and between hosts that reach each other directly.
   */
  ICE_SERVERS: z.preprocess((value, context) => {
    if (typeof value !== "string" || !value.trim()) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      context.addIssue({ code: "custom", message: 'must be JSON, a list like [{"urls":"stun:stun.example.org:3478"}]' });
      return z.NEVER;
    }
  }, iceServersSettingSchema.default([])),
  GITHUB_ID: optionalString,
  GITHUB_SECRET: optionalString,
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
});

export type Env = z.infer<typeof envSchema> & {
  NEXTAUTH_SECRET: string;
  NEXTAUTH_URL: string;
  dataDir: string;
  contentDir: string;
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

function readOrCreateDevSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/**
 * Parses process.env once. "Production" means the operator set NODE_ENV=production; there a
 * missing NEXTAUTH_SECRET is fatal. Anywhere else a secret is generated once and kept under
 * DATA_DIR so that sessions survive restarts. The resolved secret and URL are written back to
 * process.env because next-auth reads them from there.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  let secret = env.NEXTAUTH_SECRET;
  if (!secret) {
    if (env.NODE_ENV === "production") {
      throw new ConfigError(
        "NEXTAUTH_SECRET is required when NODE_ENV=production. Generate one with: openssl rand -base64 32",
      );
    }
    secret = readOrCreateDevSecret(dataDir);
  }
  const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  source.NEXTAUTH_SECRET = secret;
  source.NEXTAUTH_URL = url;
  return { ...env, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, dataDir, contentDir: path.resolve(env.CONTENT_DIR) };
}

const globalForEnv = globalThis as unknown as { __sdpEnv?: Env };

export function env(): Env {
  globalForEnv.__sdpEnv ??= loadEnv();
  return globalForEnv.__sdpEnv;
}
