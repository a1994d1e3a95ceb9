import { Gauge } from "prom-client";
import type { Db } from "@/db/client";
import { log } from "@/lib/log/logger";
import { countOpenSessions } from "@/lib/sessions/count-open-sessions";
import { sharedMetric } from "./registry";

const globalForSessions = globalThis as unknown as { __sdpMetricsSessionsDb?: Db };

/**
 * Open practice sessions by mode and status, counted in the database at each scrape (one grouped
 * query). The whole deployment's count, so every instance reports the same figure: aggregate
 * with max(), not sum(). A session left open stays counted until it is finished or abandoned.
 * When the count fails the series is left out of that scrape instead of failing the scrape.
 */
sharedMetric(
  "practice_sessions_open",
  (registry) =>
    new Gauge({
      name: "sdp_practice_sessions_open",
      help: "Practice sessions neither finished nor abandoned, by mode (solo, peer) and status (lobby, active), in the whole database.",
      labelNames: ["mode", "status"] as const,
      registers: [registry],
      async collect() {
        const db = globalForSessions.__sdpMetricsSessionsDb;
        this.reset();
        if (!db) return;
        try {
          const counts = await countOpenSessions(db);
          for (const mode of ["solo", "peer"] as const) for (const status of ["lobby", "active"] as const) this.set({ mode, status }, 0);
          for (const row of counts) this.set({ mode: row.mode, status: row.status }, row.count);
        } catch (error) {
          this.reset();
          log.warn({ err: error }, "metrics: open sessions could not be counted");
        }
      },
    }),
);

/** Counts open sessions in `db` at every scrape. */
export function countSessionsFrom(db: Db): void {
  globalForSessions.__sdpMetricsSessionsDb = db;
}
