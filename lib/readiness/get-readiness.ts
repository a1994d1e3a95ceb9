import type { Db } from "@/db/client";
import { getQuestionTitles } from "@/lib/questions/queries";
import { getAccountSettings } from "@/lib/users/account-settings";
import { coreProblemStatus, listChecklistsForUser, type ChecklistView } from "./checklists";
import { listActiveRoadmaps, loadRubrics, type RoadmapOption } from "./content-queries";
import { buildEvidence, dimensionCatalog, type DimensionInfo, type Evidence } from "./evidence";
import { loadPracticeFacts, type FinishedPractice } from "./practice-history";
import { recommendProblems, summarizePractice, type CoreProblem, type PractisedQuestion, type Recommendation } from "./recommend";
import { getRoadmapForUser, type RoadmapView } from "./roadmap";
import { rubricVersionsNote } from "./rubric-versions-note";
import { summarizeReadiness, type ReadinessSummary } from "./summary";

export type ReadinessOverview = {
  summary: ReadinessSummary;
  recommendations: Recommendation[];
  roadmap: RoadmapView | null;
  roadmapOptions: RoadmapOption[];
  checklists: ChecklistView[];
  evidence: Evidence;
  /** What the dimension chart cannot compare across rubric versions, if the user has grades on several. */
  rubricNote: string | null;
};

type Derived = { dimensionKeys: string; evidence: Evidence; practised: PractisedQuestion[] };
// The history array is reused while the user's data is unchanged (loadPracticeFacts), so what
// is computed from it alone is kept beside it and goes when it does.
const derivedFrom = new WeakMap<FinishedPractice[], Derived>();

function derive(history: FinishedPractice[], dimensions: DimensionInfo[]): Derived {
  const dimensionKeys = dimensions.map((d) => `${d.key}:${d.title}`).join("|");
  const known = derivedFrom.get(history);
  if (known?.dimensionKeys === dimensionKeys) return known;
  const derived = { dimensionKeys, evidence: buildEvidence(history, dimensions), practised: summarizePractice(history, dimensions) };
  derivedFrom.set(history, derived);
  return derived;
}

/**
 * Everything the readiness page shows, for one user, as of `nowMs` (which also decides which
 * blind peer grades have lifted). Only the owner's data is read.
 */
export async function getReadiness(db: Db, userId: string, nowMs: number): Promise<ReadinessOverview> {
  const { history, finishedByQuestion } = await loadPracticeFacts(db, userId, nowMs);
  const [checklists, rubrics, roadmap, roadmapOptions, settings] = await Promise.all([
    listChecklistsForUser(db, userId, finishedByQuestion),
    loadRubrics(db),
    getRoadmapForUser(db, userId, nowMs),
    listActiveRoadmaps(db),
    getAccountSettings(db, userId),
  ]);
  const dimensions = dimensionCatalog(rubrics);
  const newest = rubrics.get(Math.max(0, ...rubrics.keys()));
  const core = coreProblemStatus(checklists);
  const titles = await getQuestionTitles(db, core.problems.map((problem) => problem.slug));
  const coreProblems: CoreProblem[] = core.problems
    .filter((problem) => titles.has(problem.slug))
    .map((problem) => ({ ...problem, title: titles.get(problem.slug)! }));
  const { evidence, practised } = derive(history, dimensions);
  return {
    summary: summarizeReadiness({
      history,
      dimensions,
      thresholds: newest?.signalThresholds ?? null,
      target: settings.targetLevel ?? undefined,
      core: { atTarget: core.atTarget, total: core.total },
    }),
    recommendations: recommendProblems({ practised, coreProblems, nowMs }),
    roadmap,
    roadmapOptions,
    checklists,
    evidence,
    rubricNote: rubricVersionsNote(history, rubrics),
  };
}
