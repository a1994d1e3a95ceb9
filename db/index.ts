import { env } from "@/lib/env";
import { connect, type Db, type DbHandle } from "./client";

export type { Db } from "./client";

// server.ts and the Next.js bundle each get their own copy of this module; one handle on
// globalThis keeps them on one pool (and PGlite, which must be opened once per process).
const globalForDb = globalThis as unknown as { __sdpDb?: DbHandle };

export function dbHandle(): DbHandle {
  if (!globalForDb.__sdpDb) {
    const config = env();
    globalForDb.__sdpDb = connect({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  }
  return globalForDb.__sdpDb;
}

export function getDb(): Db {
  return dbHandle().db;
}
