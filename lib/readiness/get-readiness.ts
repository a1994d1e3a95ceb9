import type { Db } from "@/db/client";
import { getQuestionTitles } from "@/lib/questions/queries";
import { coreProblemStatus, listChecklistsForUser, type ChecklistView } from "./checklists";
import { listActiveRoadmaps, loadRubrics, type RoadmapOption } from "./content-queries";
import { buildEvidence, dimensionCatalog, type Evidence } from "./evidence";
import { listFinishedPracticeCached } from "./practice-history";
import { recommendProblems, summarizePractice, type CoreProblem, type Recommendation } from "./recommend";
import { getRoadmapForUser, type RoadmapView } from "./roadmap";
import { summarizeReadiness, type ReadinessSummary } from "./summary";

export type ReadinessOverview = {
  summary: ReadinessSummary;
  recommendations: Recommendation[];
  roadmap: RoadmapView | null;
  roadmapOptions: RoadmapOption[];
  checklists: ChecklistView[];
  evidence: Evidence;
};

/** Everything the readiness page shows, for one user, as of `nowMs`. Only the owner's data is read. */
export async function getReadiness(db: Db, userId: string, nowMs: number): Promise<ReadinessOverview> {
  const [checklists, history, rubrics, roadmap, roadmapOptions] = await Promise.all([
    listChecklistsForUser(db, userId),
    listFinishedPracticeCached(db, userId),
    loadRubrics(db),
    getRoadmapForUser(db, userId, nowMs),
    listActiveRoadmaps(db),
  ]);
  const dimensions = dimensionCatalog(rubrics);
  const newest = rubrics.get(Math.max(0, ...rubrics.keys()));
  const core = coreProblemStatus(checklists);
  const titles = await getQuestionTitles(db, core.problems.map((problem) => problem.slug));
  const coreProblems: CoreProblem[] = core.problems
    .filter((problem) => titles.has(problem.slug))
    .map((problem) => ({ ...problem, title: titles.get(problem.slug)! }));
  return {
    summary: summarizeReadiness({
      history,
      dimensions,
      thresholds: newest?.signalThresholds ?? null,
      core: { atTarget: core.atTarget, total: core.total },
    }),
    recommendations: recommendProblems({ practised: summarizePractice(history, dimensions), coreProblems, nowMs }),
    roadmap,
    roadmapOptions,
    checklists,
    evidence: buildEvidence(history, dimensions),
  };
}
