import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roadmapTicks, userRoadmaps } from "@/db/schema";
import { getQuestionTitles } from "@/lib/questions/queries";
import { getActiveRoadmap } from "./content-queries";
import { itemsForWeek, phaseForWeek, roadmapItems, roadmapWeek } from "./roadmap-progress";
import { isoDay, type RoadmapItemView, type RoadmapView } from "./schemas";

export type { RoadmapItemView, RoadmapView };

export async function getRoadmapSelection(db: Db, userId: string): Promise<{ roadmapKey: string; startDate: string } | undefined> {
  const [row] = await db
    .select({ roadmapKey: userRoadmaps.roadmapKey, startDate: userRoadmaps.startDate })
    .from(userRoadmaps)
    .where(eq(userRoadmaps.userId, userId))
    .limit(1);
  return row;
}

/** The user's roadmap as of `nowMs`: this week's items with ticks, and progress; null if none is chosen (or it was retired). */
export async function getRoadmapForUser(db: Db, userId: string, nowMs: number): Promise<RoadmapView | null> {
  const selection = await getRoadmapSelection(db, userId);
  const roadmap = selection && (await getActiveRoadmap(db, selection.roadmapKey));
  if (!selection || !roadmap) return null;
  const progress = roadmapWeek(selection.startDate, isoDay(nowMs), roadmap.totalWeeks);
  const tickRows = await db
    .select({ itemKey: roadmapTicks.itemKey, tickedAt: roadmapTicks.tickedAt })
    .from(roadmapTicks)
    .where(and(eq(roadmapTicks.userId, userId), eq(roadmapTicks.roadmapKey, roadmap.key)));
  const ticks = new Map(tickRows.map((row) => [row.itemKey, row.tickedAt.toISOString()]));
  const all = roadmapItems(roadmap);
  const current = itemsForWeek(roadmap, progress.week);
  const titles = await getQuestionTitles(db, [...new Set(current.flatMap((item) => item.questions))]);
  const phase = phaseForWeek(roadmap, progress.week);
  return {
    key: roadmap.key,
    title: roadmap.title,
    kind: roadmap.kind,
    goal: roadmap.goal,
    outcome: roadmap.outcome,
    startDate: selection.startDate,
    progress,
    phase: phase ? { title: phase.title, goals: phase.goals, books: phase.books, milestones: phase.milestones } : null,
    thisWeek: current.map((item) => ({
      key: item.key,
      title: item.title,
      phase: item.phase,
      weeks: item.weeks,
      tasks: item.tasks,
      coding: item.coding,
      questions: item.questions.filter((slug) => titles.has(slug)).map((slug) => ({ slug, title: titles.get(slug)! })),
      tickedAt: ticks.get(item.key) ?? null,
    })),
    ticked: all.filter((item) => ticks.has(item.key)).length,
    total: all.length,
  };
}
