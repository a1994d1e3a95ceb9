import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, type DbHandle } from "@/db/client";
import { questions } from "@/db/schema";
import { prepareDatabase } from "@/lib/boot/prepare-database";
import { createClusterDb } from "../factories/cluster";
import { fullContentFixture } from "../factories/content";

describe("several instances starting at once on an empty database", () => {
  let db: Awaited<ReturnType<typeof createClusterDb>>;
  const handles: DbHandle[] = [];

  beforeAll(async () => {
    db = await createClusterDb();
  });
  afterAll(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    await db?.drop();
  });

  it("migrate and import the bank once between them, and every one of them boots", async () => {
    const content = fullContentFixture();
    handles.push(...[1, 2, 3].map(() => connectPostgres(db.url, 2)));
    const boots = await Promise.allSettled(handles.map((handle) => prepareDatabase(handle, content)));
    expect(boots.map((boot) => (boot.status === "rejected" ? String(boot.reason) : "booted"))).toEqual(["booted", "booted", "booted"]);
    const inserted = boots.map((boot) => (boot.status === "fulfilled" ? boot.value.questions.inserted : 0));
    // One of them loaded the bank; the others found it there.
    expect(inserted.filter((n) => n > 0)).toHaveLength(1);
    const [{ n }] = (await db.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(questions)) as [{ n: number }];
    expect(n).toBe(Math.max(...inserted));
  });
});
