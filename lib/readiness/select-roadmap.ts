import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userRoadmaps } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import { getActiveRoadmap } from "./content-queries";
import type { RoadmapSelection } from "./schemas";
import { touchUserData } from "@/lib/users/touch-user-data";

/** Sets (or changes) the roadmap a user follows and its start date; ticks stay with each roadmap. */
export async function selectRoadmap(db: Db, userId: string, input: RoadmapSelection): Promise<RoadmapSelection> {
  const roadmap = await getActiveRoadmap(db, input.roadmapKey);
  if (!roadmap) {
    throw new AppError("BAD_REQUEST", "Some of what you sent is not valid: roadmapKey: is not a roadmap.", { roadmapKey: "is not a roadmap" });
  }
  await db
    .insert(userRoadmaps)
    .values({ userId, roadmapKey: input.roadmapKey, startDate: input.startDate })
    .onConflictDoUpdate({ target: userRoadmaps.userId, set: { roadmapKey: input.roadmapKey, startDate: input.startDate, updatedAt: sql`now()` } });
  await touchUserData(db, userId);
  return { roadmapKey: input.roadmapKey, startDate: input.startDate };
}
