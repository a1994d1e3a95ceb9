import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { questions } from "@/db/schema";
import { getRubric } from "@/lib/grading/queries";
import type { Rubric } from "@/lib/grading/rubric-schema";
import type { PhaseKey } from "@/lib/questions/phases";
import type { QuestionBody } from "@/lib/questions/schemas";
import { canJoinInterviewerChannel, type SessionAccess } from "./permissions";
import type { StoredSession } from "./queries";

/** What only the interviewer of a peer round sees: the guide, the key points, the reference, the rubric. */
export type InterviewerBrief = {
  guide: QuestionBody["interviewerGuide"];
  keyPoints: Record<PhaseKey, string[]>;
  body: QuestionBody;
  rubric: Rubric;
};

/**
 * The interviewer's brief for a session, or null for anyone whose role does not allow it. Pages
 * pass it only into the interviewer's render, so it never reaches another viewer's HTML or
 * React Server Components payload.
 */
export async function loadInterviewerBrief(db: Db, session: StoredSession, access: SessionAccess): Promise<InterviewerBrief | null> {
  if (!canJoinInterviewerChannel(access)) return null;
  const [[row], rubric] = await Promise.all([
    db.select({ body: questions.body }).from(questions).where(eq(questions.id, session.question.id)).limit(1),
    getRubric(db),
  ]);
  if (!row || !rubric) throw new Error("The question or the rubric of this session is missing");
  return { guide: row.body.interviewerGuide, keyPoints: row.body.keyPoints, body: row.body, rubric };
}
