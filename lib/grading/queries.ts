import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { gradeRevisions, grades, rubricVersions } from "@/db/schema";
import type { HiringSignal, Rubric } from "./rubric-schema";
import type { GradeRevision } from "./schemas";

export async function getRubric(db: Db, version?: number): Promise<Rubric | undefined> {
  const query = db.select({ body: rubricVersions.body }).from(rubricVersions);
  const [row] = await (version === undefined ? query.orderBy(desc(rubricVersions.version)) : query.where(eq(rubricVersions.version, version))).limit(1);
  return row?.body;
}

export async function getGrade(db: Db, sessionId: string, graderId: string, kind: "self" | "peer" = "self") {
  const [row] = await db
    .select()
    .from(grades)
    .where(and(eq(grades.sessionId, sessionId), eq(grades.graderId, graderId), eq(grades.kind, kind)))
    .limit(1);
  return row;
}

export async function listGradeRevisions(db: Db, gradeId: string): Promise<GradeRevision[]> {
  const rows = await db.select().from(gradeRevisions).where(eq(gradeRevisions.gradeId, gradeId)).orderBy(desc(gradeRevisions.revision));
  // The column is plain text, but only scoreLevels' signal is ever written to it.
  return rows.map((row) => ({ ...row, signal: row.signal as HiringSignal }));
}
