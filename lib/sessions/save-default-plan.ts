import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSettings } from "@/db/schema";
import type { Plan } from "./plan";

export async function saveDefaultPlan(db: Db, userId: string, plan: Plan): Promise<void> {
  await db
    .insert(userSettings)
    .values({ userId, defaultPlan: plan })
    .onConflictDoUpdate({ target: userSettings.userId, set: { defaultPlan: plan, updatedAt: sql`now()` } });
}
