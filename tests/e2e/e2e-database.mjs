// The database the browser tests' server uses: a fresh one on the configured PostgreSQL server,
// or embedded PGlite in a fresh directory when none is configured.
import pg from "pg";

const LOCAL = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function e2eDatabase(suffix = "") {
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!base) return undefined;
  const url = new URL(base);
  if (!LOCAL.has(url.hostname)) throw new Error(`Refusing to run browser tests against non-local host ${url.hostname}`);
  const name = `sdp_e2e_${process.env.E2E_RUN_ID}${suffix}`;
  const admin = base;
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async create() {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
    },
    async drop() {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
