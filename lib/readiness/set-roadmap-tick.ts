import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roadmapTicks } from "@/db/schema";
import { notFound } from "@/lib/http/errors";
import { getActiveRoadmap } from "./content-queries";
import { getRoadmapSelection } from "./roadmap";
import { roadmapItems } from "./roadmap-progress";
import { touchUserData } from "@/lib/users/touch-user-data";
import type { RoadmapTickResult } from "./schemas";

export type { RoadmapTickResult };

/** Ticks or unticks an item of the roadmap the user follows; an item outside it is a 404. */
async function writeRoadmapTick(db: Db, userId: string, itemKey: string, ticked: boolean): Promise<RoadmapTickResult> {
  const selection = await getRoadmapSelection(db, userId);
  const roadmap = selection && (await getActiveRoadmap(db, selection.roadmapKey));
  if (!roadmap || !roadmapItems(roadmap).some((item) => item.key === itemKey)) throw notFound("That roadmap item");
  const where = and(eq(roadmapTicks.userId, userId), eq(roadmapTicks.roadmapKey, roadmap.key), eq(roadmapTicks.itemKey, itemKey));
  if (!ticked) {
    await db.delete(roadmapTicks).where(where);
    return { roadmapKey: roadmap.key, itemKey, tickedAt: null };
  }
  const [row] = await db
    .insert(roadmapTicks)
    .values({ userId, roadmapKey: roadmap.key, itemKey })
    .onConflictDoUpdate({ target: [roadmapTicks.userId, roadmapTicks.roadmapKey, roadmapTicks.itemKey], set: { tickedAt: sql`${roadmapTicks.tickedAt}` } })
    .returning({ tickedAt: roadmapTicks.tickedAt });
  return { roadmapKey: roadmap.key, itemKey, tickedAt: row!.tickedAt.toISOString() };
}

/** Stores the tick (or removes it), then marks the user's cached pages stale. */
export async function setRoadmapTick(db: Db, userId: string, itemKey: string, ticked: boolean): Promise<RoadmapTickResult> {
  const result = await writeRoadmapTick(db, userId, itemKey, ticked);
  await touchUserData(db, userId);
  return result;
}
