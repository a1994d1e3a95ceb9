import type pg from "pg";
import { Counter, Gauge, Histogram } from "prom-client";
import { sharedMetric } from "./registry";

// PostgreSQL pool and query metrics. Queries are labelled by their kind alone (the first keyword
// of the statement), never by SQL text or parameters. PGlite, the embedded single-process
// database, has no pool and is not timed.

export type QueryOperation = "select" | "insert" | "update" | "delete" | "transaction" | "other";

const KINDS: [RegExp, QueryOperation][] = [
  [/^\s*select\b/i, "select"],
  [/^\s*insert\b/i, "insert"],
  [/^\s*update\b/i, "update"],
  [/^\s*delete\b/i, "delete"],
  [/^\s*(begin|commit|rollback|savepoint|release|start\s+transaction)\b/i, "transaction"],
];

/** The kind of statement `text` is; "other" for anything else (a `with ...` statement included). */
export function queryOperation(text: string | undefined): QueryOperation {
  if (text) for (const [pattern, kind] of KINDS) if (pattern.test(text)) return kind;
  return "other";
}

const queryDuration = sharedMetric(
  "db_query_duration",
  (registry) =>
    new Histogram({
      name: "sdp_db_query_duration_seconds",
      help: "Time from sending a query to PostgreSQL to its result (waiting for a pooled connection not included), by kind of statement.",
      labelNames: ["operation"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
);

const queryErrors = sharedMetric(
  "db_query_errors",
  (registry) =>
    new Counter({
      name: "sdp_db_query_errors_total",
      help: "Queries that failed, by kind of statement.",
      labelNames: ["operation"] as const,
      registers: [registry],
    }),
);

const globalForPools = globalThis as unknown as { __sdpMetricPools?: Set<pg.Pool> };
const pools = (globalForPools.__sdpMetricPools ??= new Set());

function poolGauge(key: string, name: string, help: string, read: (pool: pg.Pool) => number) {
  sharedMetric(
    key,
    (registry) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          let total = 0;
          for (const pool of pools) {
            if (pool.ending) pools.delete(pool);
            else total += read(pool);
          }
          this.set(total);
        },
      }),
  );
}

poolGauge("db_pool_clients", "sdp_db_pool_clients", "PostgreSQL connections the pool holds (busy and idle).", (pool) => pool.totalCount);
poolGauge("db_pool_clients_idle", "sdp_db_pool_clients_idle", "PostgreSQL connections in the pool that are idle.", (pool) => pool.idleCount);
poolGauge("db_pool_waiting", "sdp_db_pool_waiting", "Queries and transactions waiting for a pooled connection.", (pool) => pool.waitingCount);
poolGauge("db_pool_max", "sdp_db_pool_max", "The most connections the pool may open.", (pool) => pool.options.max ?? 10);

type Query = (...args: unknown[]) => unknown;

function observeQuery(operation: QueryOperation, startedAt: number, failed: boolean): void {
  queryDuration.observe({ operation }, (performance.now() - startedAt) / 1000);
  if (failed) queryErrors.inc({ operation });
}

/** `query` timed: the callback form (the pool's own) and the promise form (Drizzle's); cursors and streams pass through. */
export function timedQuery(query: Query): Query {
  return function (this: unknown, ...args: unknown[]) {
    const config = args[0] as { text?: unknown; submit?: unknown; callback?: unknown } | string | null | undefined;
    if (config === null || config === undefined || (typeof config === "object" && (typeof config.submit === "function" || config.callback))) return query.apply(this, args);
    const operation = queryOperation(typeof config === "string" ? config : typeof config.text === "string" ? config.text : undefined);
    const startedAt = performance.now();
    const last = args.length - 1;
    const callback = args[last];
    if (last > 0 && typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => {
        observeQuery(operation, startedAt, Boolean(error));
        callback(error, result);
      };
      return query.apply(this, args);
    }
    return (query.apply(this, args) as Promise<unknown>).then(
      (result) => {
        observeQuery(operation, startedAt, false);
        return result;
      },
      (error: unknown) => {
        observeQuery(operation, startedAt, true);
        throw error;
      },
    );
  };
}

/**
 * Reports the pool's connections (until it is ended) and times every query on its connections. The timing is put on
 * each connection as the pool opens it, so a query through pool.query and one inside a
 * transaction are timed alike, once. Call it before the pool's first query.
 */
export function observePool(pool: pg.Pool): void {
  pools.add(pool);
  pool.on("connect", (client) => {
    client.query = timedQuery(client.query as Query) as typeof client.query;
  });
}
