import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { gradeRevisions, grades, questions } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import { openSession } from "@/lib/sessions/open-session";
import { getGrade, getRubric } from "./queries";
import { checkGradeAgainstRubric, scoreLevels } from "./score";
import type { SavedGrade, SaveGradeInput } from "./schemas";
import { publishSessionEvents } from "@/lib/sessions/domain-events";
import { touchSessionParticipants, touchUserData } from "@/lib/users/touch-user-data";

/**
 * Stores the candidate's own grade of a finished session against a rubric version. Editing it
 * later bumps its revision; every revision is kept.
 */
export async function saveSelfGrade(db: Db, sessionId: string, userId: string, input: SaveGradeInput): Promise<SavedGrade> {
  const session = await openSession(db, sessionId, userId); // 404 for anyone else
  if (session.role !== "candidate") {
    throw new AppError("FORBIDDEN", session.role === "interviewer" ? "As the interviewer you give a peer grade, not a self grade." : "Observers do not grade.");
  }
  if (session.status !== "finished") {
    throw new AppError("CONFLICT", session.status === "active" ? "Finish the session before grading it." : "An abandoned session cannot be graded.");
  }
  const rubric = await getRubric(db, input.rubricVersion);
  if (!rubric) throw new AppError("BAD_REQUEST", `Rubric version ${input.rubricVersion} does not exist.`);
  const [question] = await db.select({ body: questions.body }).from(questions).where(eq(questions.slug, session.question.slug));
  const keyPointCounts = Object.fromEntries(Object.entries(question!.body.keyPoints).map(([phase, points]) => [phase, points.length]));
  const { rubricVersion, ...body } = input;
  checkGradeAgainstRubric(rubric, body, keyPointCounts);
  const { overallScore, signal } = scoreLevels(rubric, body.levels, body.targetLevel);

  const saved = await db.transaction(async (tx) => {
    const existing = await getGrade(tx as unknown as Db, sessionId, userId, "self");
    const values = { rubricVersion, body, overallScore, signal };
    const [saved] = existing
      ? await tx
          .update(grades)
          .set({ ...values, revision: sql`${grades.revision} + 1`, updatedAt: sql`now()` })
          .where(eq(grades.id, existing.id))
          .returning()
      : await tx.insert(grades).values({ ...values, sessionId, graderId: userId, kind: "self" }).returning();
    await tx.insert(gradeRevisions).values({ gradeId: saved!.id, revision: saved!.revision, ...values });
    // In a peer round the interviewer's pages change too (the blind may have lifted for them).
    if (session.mode === "peer") await touchSessionParticipants(tx as unknown as Db, sessionId);
    else await touchUserData(tx as unknown as Db, userId);
    return saved!;
  });
  // In a peer round the interviewer's screen learns at once whether grades are now revealed.
  if (session.mode === "peer") publishSessionEvents({ type: "grade.submitted", sessionId });
  return saved;
}
