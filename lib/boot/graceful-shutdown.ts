import type { Server as HttpServer } from "node:http";
import type { Realtime } from "@/lib/realtime/server";
import { checkpointsIdle } from "@/lib/sessions/document/checkpoint";
import { markDraining } from "./health";
import { log as logger } from "@/lib/log/logger";

export type ShutdownParts = { httpServer: HttpServer; realtime: Realtime; closeDatabase: () => Promise<void>; log?: (line: string) => void };

/** Longest a shutdown may take before the process exits anyway. */
const HARD_LIMIT_MS = 20_000;

/**
 * Stops this instance without losing anything it acknowledged: it stops taking connections, lets
 * the events being handled finish and acknowledge, disconnects the sockets (their clients
 * reconnect, through a balancer to another instance, and resend what was not acknowledged), then
 * waits for background checkpoints and closes the database. Resolves when everything is closed.
 */
export async function shutDownGracefully({ httpServer, realtime, closeDatabase, log = (line) => logger.info(line) }: ShutdownParts): Promise<void> {
  markDraining();
  const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  httpServer.closeIdleConnections();
  await realtime.drain();
  log("[boot] realtime drained: every event taken was acknowledged");
  await new Promise<void>((resolve) => realtime.io.close(() => resolve()));
  // Keep-alive HTTP connections that are still busy get a moment, then go.
  const forced = setTimeout(() => httpServer.closeAllConnections(), 3_000);
  await closed;
  clearTimeout(forced);
  // A checkpoint being written in the background is finished rather than cut off mid-statement.
  await checkpointsIdle();
  await closeDatabase();
}

/** Runs shutDownGracefully on SIGTERM and SIGINT, then exits (0, or 1 if it failed or took too long). */
export function exitGracefullyOnSignals(parts: ShutdownParts): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    (parts.log ?? ((line: string) => logger.info(line)))(`[boot] ${signal}: shutting down`);
    setTimeout(() => process.exit(1), HARD_LIMIT_MS).unref();
    shutDownGracefully(parts).then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, "[boot] shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
