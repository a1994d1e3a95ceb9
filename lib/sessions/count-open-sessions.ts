import { count, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";

export type OpenSessionCount = { mode: "solo" | "peer"; status: "lobby" | "active"; count: number };

/** Sessions neither finished nor abandoned, by mode and status (one grouped count, for the metrics). */
export async function countOpenSessions(db: Db): Promise<OpenSessionCount[]> {
  const rows = await db
    .select({ mode: practiceSessions.mode, status: practiceSessions.status, count: count() })
    .from(practiceSessions)
    .where(inArray(practiceSessions.status, ["lobby", "active"]))
    .groupBy(practiceSessions.mode, practiceSessions.status);
  return rows as OpenSessionCount[];
}
