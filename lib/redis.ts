import { Redis, type RedisOptions } from "ioredis";
import { env } from "@/lib/env";
import { log } from "@/lib/log/logger";

const globalForRedis = globalThis as unknown as { __sdpRedis?: Redis | null };

/**
 * Every Redis key and pub/sub channel this app uses starts with REDIS_KEY_PREFIX, so several
 * deployments (or test runs) can share one Redis without seeing each other's data or messages.
 */
export function redisKey(name: string): string {
  return env().REDIS_KEY_PREFIX + name;
}

/**
 * A new connection to REDIS_URL (or `url`), for a part that needs its own (a pub/sub subscriber
 * cannot run commands). Errors are logged under `purpose` instead of crashing the process; ioredis
 * reconnects on its own.
 */
export function createRedisConnection(purpose: string, options: RedisOptions = {}, url = env().REDIS_URL): Redis {
  if (!url) throw new Error(`${purpose} needs REDIS_URL`);
  // Named with the prefix, so CLIENT LIST on a shared Redis tells deployments apart.
  const connection = new Redis(url, { maxRetriesPerRequest: 2, connectionName: redisKey(purpose), ...options });
  connection.on("error", (error) => log.error({ redis: purpose, err: error }, "redis connection error"));
  return connection;
}

/** The shared Redis client for commands, or null when REDIS_URL is not set. */
export function getRedis(): Redis | null {
  if (globalForRedis.__sdpRedis === undefined) {
    globalForRedis.__sdpRedis = env().REDIS_URL ? createRedisConnection("commands") : null;
  }
  return globalForRedis.__sdpRedis;
}
