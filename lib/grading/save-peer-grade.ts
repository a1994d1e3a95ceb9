import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { gradeRevisions, grades, questions } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import { sessionChanged } from "@/lib/sessions/domain-events";
import { canGrade } from "@/lib/sessions/permissions";
import { runSessionVerb } from "@/lib/sessions/run-verb";
import { getGrade, getRubric } from "./queries";
import { checkGradeAgainstRubric, scoreLevels } from "./score";
import type { SavedGrade, SaveGradeInput } from "./schemas";

/**
 * The interviewer's grade of the candidate after a peer round, on the same rubric as self
 * grades. It is submitted once (blind grading: it cannot be tuned after seeing the other side).
 */
export async function savePeerGrade(db: Db, sessionId: string, userId: string, input: SaveGradeInput): Promise<SavedGrade> {
  const rubric = await getRubric(db, input.rubricVersion);
  if (!rubric) throw new AppError("BAD_REQUEST", `Rubric version ${input.rubricVersion} does not exist.`);
  return runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    if (!canGrade(access, "peer")) {
      if (session.status === "lobby" || session.status === "active") throw new AppError("CONFLICT", "Finish the interview before grading it.");
      throw forbidden(access.role === "candidate" ? "As the candidate you grade yourself; the interviewer grades you." : "Only the interviewer grades the candidate.");
    }
    if (await getGrade(tx, sessionId, userId, "peer")) throw new AppError("CONFLICT", "You already submitted your grade for this round; it cannot be changed.");
    const [question] = await tx.select({ body: questions.body }).from(questions).where(eq(questions.id, session.question.id));
    const keyPointCounts = Object.fromEntries(Object.entries(question!.body.keyPoints).map(([phase, points]) => [phase, points.length]));
    const { rubricVersion, ...body } = input;
    checkGradeAgainstRubric(rubric, body, keyPointCounts);
    const { overallScore, signal } = scoreLevels(rubric, body.levels, body.targetLevel);
    const values = { rubricVersion, body, overallScore, signal };
    const [saved] = await tx.insert(grades).values({ ...values, sessionId, graderId: userId, kind: "peer" }).returning();
    await tx.insert(gradeRevisions).values({ gradeId: saved!.id, revision: 1, ...values });
    return { result: saved!, events: [{ type: "grade.submitted", sessionId }, sessionChanged(sessionId)] };
  });
}
