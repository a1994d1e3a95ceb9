import { sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import type { Db } from "@/db/client";
import { getRedis } from "@/lib/redis";
import type { Health } from "./schemas";

export type { Health };

const globalForHealth = globalThis as unknown as { __sdpDraining?: boolean };

/** Marks this process as shutting down (server.ts and the Next.js bundle share globalThis). */
export function markDraining(): void {
  globalForHealth.__sdpDraining = true;
}

const CHECK_TIMEOUT_MS = 1000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref())]);
}

const upOrDown = (promise: Promise<unknown>) =>
  within(promise, CHECK_TIMEOUT_MS).then(
    () => "up" as const,
    () => "down" as const,
  );

/** One cheap round trip to each shared part, for a balancer's health check. */
export async function checkHealth(db: Db, redis: Redis | null = getRedis()): Promise<Health> {
  const [database, redisState] = await Promise.all([upOrDown(db.execute(sql`select 1`)), redis ? upOrDown(redis.ping()) : Promise.resolve("not configured" as const)]);
  const draining = globalForHealth.__sdpDraining === true;
  return { ok: database === "up" && redisState !== "down" && !draining, database, redis: redisState, draining, time: new Date().toISOString() };
}
