import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklistTicks } from "@/db/schema";
import { AppError, notFound } from "@/lib/http/errors";
import { getActiveChecklist } from "./content-queries";
import type { ChecklistItemRef, ChecklistTickResult } from "./schemas";
import { touchUserData } from "@/lib/users/touch-user-data";

export type { ChecklistTickResult };

/**
 * Ticks (with today's date) or unticks one checklist item for one user. Ticking twice keeps the
 * first date; unticking an unticked item is harmless. Unknown checklists and items are 404s;
 * core problems are done by finishing sessions, so they cannot be ticked by hand.
 */
async function writeChecklistTick(db: Db, userId: string, ref: ChecklistItemRef, ticked: boolean): Promise<ChecklistTickResult> {
  const checklist = await getActiveChecklist(db, ref.checklistKey);
  if (!checklist) throw notFound("That checklist");
  if (!checklist.items.some((item) => item.key === ref.itemKey)) throw notFound("That checklist item");
  if (checklist.kind === "problems") {
    throw new AppError("BAD_REQUEST", "Core problems are done by finishing practice sessions on them, not by ticking.");
  }
  const where = and(eq(checklistTicks.userId, userId), eq(checklistTicks.checklistKey, ref.checklistKey), eq(checklistTicks.itemKey, ref.itemKey));
  if (!ticked) {
    await db.delete(checklistTicks).where(where);
    return { checklistKey: ref.checklistKey, itemKey: ref.itemKey, tickedAt: null };
  }
  const [row] = await db
    .insert(checklistTicks)
    .values({ userId, checklistKey: ref.checklistKey, itemKey: ref.itemKey })
    .onConflictDoUpdate({
      target: [checklistTicks.userId, checklistTicks.checklistKey, checklistTicks.itemKey],
      set: { tickedAt: sql`${checklistTicks.tickedAt}` },
    })
    .returning({ tickedAt: checklistTicks.tickedAt });
  return { checklistKey: ref.checklistKey, itemKey: ref.itemKey, tickedAt: row!.tickedAt.toISOString() };
}

/** Stores the tick (or removes it), then marks the user's cached pages stale. */
export async function setChecklistTick(db: Db, userId: string, ref: ChecklistItemRef, ticked: boolean): Promise<ChecklistTickResult> {
  const result = await writeChecklistTick(db, userId, ref, ticked);
  await touchUserData(db, userId);
  return result;
}
