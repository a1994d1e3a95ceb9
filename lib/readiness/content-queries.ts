import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklists, roadmaps, rubricVersions } from "@/db/schema";
import type { Rubric } from "@/lib/grading/rubric-schema";
import type { Checklist, Roadmap } from "./content-schemas";

/** Checklists still in content/, in their display order. */
export async function listActiveChecklists(db: Db): Promise<Checklist[]> {
  const rows = await db
    .select({ body: checklists.body })
    .from(checklists)
    .where(isNull(checklists.retiredAt))
    .orderBy(asc(checklists.sortOrder), asc(checklists.key));
  return rows.map((row) => row.body);
}

export async function getActiveChecklist(db: Db, key: string): Promise<Checklist | undefined> {
  const [row] = await db
    .select({ body: checklists.body })
    .from(checklists)
    .where(and(eq(checklists.key, key), isNull(checklists.retiredAt)))
    .limit(1);
  return row?.body;
}

export type RoadmapOption = { key: string; title: string; kind: "weekly" | "stages"; totalWeeks: number; audience: string };

export async function listActiveRoadmaps(db: Db): Promise<RoadmapOption[]> {
  const rows = await db
    .select({ key: roadmaps.key, title: roadmaps.title, kind: roadmaps.kind, body: roadmaps.body })
    .from(roadmaps)
    .where(isNull(roadmaps.retiredAt))
    .orderBy(asc(roadmaps.sortOrder), asc(roadmaps.key));
  return rows.map(({ body, ...row }) => ({ ...row, totalWeeks: body.totalWeeks, audience: body.audience }));
}

export async function getActiveRoadmap(db: Db, key: string): Promise<Roadmap | undefined> {
  const [row] = await db
    .select({ body: roadmaps.body })
    .from(roadmaps)
    .where(and(eq(roadmaps.key, key), isNull(roadmaps.retiredAt)))
    .limit(1);
  return row?.body;
}

/** Every stored rubric version by number, for naming the dimensions of old and new grades. */
export async function loadRubrics(db: Db): Promise<Map<number, Rubric>> {
  const rows = await db.select({ version: rubricVersions.version, body: rubricVersions.body }).from(rubricVersions).orderBy(asc(rubricVersions.version));
  return new Map(rows.map((row) => [row.version, row.body]));
}
