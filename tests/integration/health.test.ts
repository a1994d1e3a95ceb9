import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHealth, markDraining } from "@/lib/boot/health";
import { createRedisConnection } from "@/lib/redis";
import { createTestDb, type TestDb } from "../factories/test-db";

describe("the health check a balancer polls", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb("pglite");
  });
  afterAll(async () => {
    await db.drop();
  });

  it("is ok with the database up and no Redis configured", async () => {
    expect(await checkHealth(db.db, null)).toMatchObject({ ok: true, database: "up", redis: "not configured", draining: false });
  });

  it("is not ok, within about a second, when the configured Redis cannot be reached", async () => {
    const unreachable = createRedisConnection("health-test", { maxRetriesPerRequest: 0, retryStrategy: () => null }, "redis://127.0.0.1:1");
    try {
      const startedAt = Date.now();
      expect(await checkHealth(db.db, unreachable)).toMatchObject({ ok: false, database: "up", redis: "down" });
      expect(Date.now() - startedAt).toBeLessThan(3000);
    } finally {
      unreachable.disconnect();
    }
  });

  it("is not ok once the instance is shutting down, so a balancer sends new people elsewhere", async () => {
    markDraining();
    expect(await checkHealth(db.db, null)).toMatchObject({ ok: false, database: "up", draining: true });
  });
});
