import { Redis } from "ioredis";
import { env } from "@/lib/env";

const globalForRedis = globalThis as unknown as { __sdpRedis?: Redis | null };

/** The shared Redis client, or null when REDIS_URL is not set. */
export function getRedis(): Redis | null {
  if (globalForRedis.__sdpRedis === undefined) {
    const url = env().REDIS_URL;
    globalForRedis.__sdpRedis = url ? new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false }) : null;
    globalForRedis.__sdpRedis?.on("error", (error) => console.error("[redis]", error.message));
  }
  return globalForRedis.__sdpRedis;
}
