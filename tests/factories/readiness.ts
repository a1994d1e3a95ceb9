import { thresholdScore } from "@/lib/grading/rubric-schema";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { grades, practiceSessions, questions, rubricVersions, sessionParticipants, sessionPhaseAdvances } from "@/db/schema";
import { importContent } from "@/lib/content/import-content";
import { loadContent } from "@/lib/content/load-content";
import { DEFAULT_PLAN, type Plan } from "@/lib/sessions/plan";
import { touchUserData } from "@/lib/users/touch-user-data";
import { REAL_CONTENT } from "./content";

const MIN = 60_000;

/** Loads all of content/: the question bank, rubric, checklists and roadmaps. */
export async function seedAllContent(db: Db): Promise<void> {
  await importContent(db, await loadContent(REAL_CONTENT));
}

export type PastSessionOptions = {
  question?: string;
  /** When it finished (default: now); it started the sum of `spent` minutes earlier. */
  finishedAt?: Date;
  plan?: Plan;
  /** Minutes spent in each phase that was reached, in order (default: exactly as planned). */
  spent?: number[];
  status?: "finished" | "active" | "abandoned";
  role?: "candidate" | "interviewer";
  /** A self-grade by the user: dimension levels; the overall score is their weighted mean. */
  levels?: Record<string, number>;
};

/**
 * A session in the past, written straight into the tables as the practice room would have left
 * it: started, advanced through phases, finished (or not), and optionally self-graded.
 */
export async function createPastSession(db: Db, userId: string, options: PastSessionOptions = {}): Promise<{ id: string; finishedAt: Date }> {
  const plan = options.plan ?? DEFAULT_PLAN;
  const spent = options.spent ?? plan.map((phase) => phase.minutes);
  const finishedAt = options.finishedAt ?? new Date();
  const startedAt = new Date(finishedAt.getTime() - spent.reduce((a, b) => a + b, 0) * MIN);
  const status = options.status ?? "finished";
  const [question] = await db.select({ id: questions.id }).from(questions).where(eq(questions.slug, options.question ?? "url-shortener"));
  if (!question) throw new Error(`no question ${options.question}`);
  const [session] = await db
    .insert(practiceSessions)
    .values({ questionId: question.id, plan, status, startedAt, finishedAt: status === "finished" ? finishedAt : null, createdBy: userId })
    .returning({ id: practiceSessions.id });
  const id = session!.id;
  await db.insert(sessionParticipants).values({ sessionId: id, userId, role: options.role ?? "candidate" });
  let at = startedAt.getTime();
  const advances = spent.slice(0, -1).map((minutes, index) => {
    at += minutes * MIN;
    return { sessionId: id, phaseIndex: index + 1, at: new Date(at) };
  });
  if (advances.length) await db.insert(sessionPhaseAdvances).values(advances);
  if (options.levels) await addSelfGrade(db, id, userId, options.levels);
  await touchUserData(db, userId);
  return { id, finishedAt };
}

export async function addSelfGrade(db: Db, sessionId: string, userId: string, levels: Record<string, number>): Promise<number> {
  const [rubric] = await db.select().from(rubricVersions).orderBy(desc(rubricVersions.version)).limit(1);
  if (!rubric) throw new Error("load the rubric first (seedAllContent)");
  let weighted = 0;
  let weights = 0;
  for (const dimension of rubric.body.dimensions) {
    const level = levels[dimension.key];
    if (level === undefined) continue;
    weighted += level * dimension.weight;
    weights += dimension.weight;
  }
  const overallScore = weights ? weighted / weights : 1;
  const signal = [...rubric.body.signalThresholds].sort((a, b) => thresholdScore(b, "senior") - thresholdScore(a, "senior")).find((t) => overallScore >= thresholdScore(t, "senior"))!.signal;
  await db.insert(grades).values({
    sessionId,
    graderId: userId,
    kind: "self",
    rubricVersion: rubric.version,
    body: { levels, notes: {}, keyPoints: {}, reflection: "" },
    overallScore,
    signal,
  });
  await touchUserData(db, userId);
  return overallScore;
}

/** Every rubric dimension at one level, with some overridden. */
export const levelsOf = (base: number, overrides: Record<string, number> = {}) => ({
  requirements: base,
  estimation: base,
  high_level_design: base,
  deep_dive: base,
  trade_offs: base,
  communication: base,
  ...overrides,
});
