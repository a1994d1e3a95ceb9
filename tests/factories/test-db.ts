import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectPglite, connectPostgres, type DbHandle } from "@/db/client";
import { checkpointsIdle } from "@/lib/sessions/document/checkpoint";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The PostgreSQL server tests may use, or undefined to test on PGlite only. */
export function testServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    if (process.env.CI) throw new Error("CI must set DATABASE_URL (or TEST_DATABASE_URL) so tests run on real PostgreSQL");
    return undefined;
  }
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against a non-local database host: ${host}`);
  return url;
}

export type Backend = "pglite" | "postgres";

/** Backends every database test runs on: PGlite always, PostgreSQL whenever a server is configured. */
export function backends(): Backend[] {
  return testServerUrl() ? ["pglite", "postgres"] : ["pglite"];
}

export type TestDb = DbHandle & { drop: () => Promise<void>; url?: string };

/** A new, migrated, empty database that belongs to this test file alone. */
export async function createTestDb(backend: Backend): Promise<TestDb> {
  if (backend === "pglite") {
    const handle = connectPglite();
    await handle.migrate();
    // Background checkpoints (after a finish) must not outlive the database they write to.
    return { ...handle, drop: () => checkpointsIdle().then(() => handle.close()) };
  }
  const serverUrl = testServerUrl()!;
  const name = `sdp_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = connectPostgres(url.toString(), 4);
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    drop: async () => {
      await checkpointsIdle();
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
