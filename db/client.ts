import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = {
  db: Db;
  kind: "postgres" | "pglite";
  /** node-postgres only (PGlite has no pool): for its metrics. */
  pool?: pg.Pool;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "db/migrations");
/** Any constant works; it only has to be the same for every instance migrating one database. */
const MIGRATION_LOCK_KEY = 7_405_311;

export function connectPostgres(url: string, poolSize = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    pool,
    async migrate() {
      // Serialise migrations when several app instances start against one database.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
        await client.end();
      }
    },
    close: () => pool.end(),
  };
}

/** Embedded PostgreSQL (PGlite). `dir` undefined means in memory. */
export function connectPglite(dir?: string): DbHandle {
  if (dir) mkdirSync(dir, { recursive: true });
  const client = new PGlite({ dataDir: dir, extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: async () => {
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
    },
    close: () => client.close(),
  };
}

export function connect(options: { databaseUrl?: string; dataDir: string }): DbHandle {
  return options.databaseUrl
    ? connectPostgres(options.databaseUrl)
    : connectPglite(path.join(options.dataDir, "pglite"));
}
