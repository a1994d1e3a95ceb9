import type { Roadmap } from "./content-schemas";
import { daysBetween, type RoadmapWeek } from "./schemas";

export type { RoadmapWeek };

/** Where today falls in a plan that starts on `startDate` (both dates YYYY-MM-DD). */
export function roadmapWeek(startDate: string, today: string, totalWeeks: number): RoadmapWeek {
  const days = daysBetween(startDate, today);
  if (days < 0) return { week: 0, status: "not-started", daysUntilStart: -days, weeksElapsed: 0, totalWeeks };
  const week = Math.floor(days / 7) + 1;
  return {
    week,
    status: week > totalWeeks ? "complete" : "in-progress",
    daysUntilStart: 0,
    weeksElapsed: Math.min(totalWeeks, Math.floor(days / 7)),
    totalWeeks,
  };
}

export type RoadmapItem = Roadmap["phases"][number]["items"][number] & { phase: string };

export const roadmapItems = (roadmap: Roadmap): RoadmapItem[] =>
  roadmap.phases.flatMap((phase) => phase.items.map((item) => ({ ...item, phase: phase.title })));

/** Items whose inclusive week range contains `week`, in roadmap order. */
export const itemsForWeek = (roadmap: Roadmap, week: number): RoadmapItem[] =>
  roadmapItems(roadmap).filter((item) => item.weeks[0] <= week && week <= item.weeks[1]);

export const phaseForWeek = (roadmap: Roadmap, week: number) => roadmap.phases.find((phase) => phase.weeks[0] <= week && week <= phase.weeks[1]);
