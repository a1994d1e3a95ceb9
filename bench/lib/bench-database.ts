// Every benchmark runs against a database of its own on the local PostgreSQL server, created at
// the start and dropped at the end, so it never touches another's data.
import { randomBytes } from "node:crypto";
import pg from "pg";

export type BenchDatabase = { url: string; name: string; drop: () => Promise<void> };

/** A fresh database named `<prefix>_<random>` beside DATABASE_URL's, which must be set. */
export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a local PostgreSQL server; the bench creates and drops its own database.");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
