import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklistTicks } from "@/db/schema";
import { listActiveChecklists } from "./content-queries";
import type { Checklist } from "./content-schemas";
import { countFinishedByQuestion } from "./practice-history";

export type ProblemProgress = { done: number; target: number; atTarget: boolean; percent: number };

/** Finished sessions on a core problem against its target ("2 of 3"); extra sessions do not overflow the bar. */
export function problemProgress(done: number, target: number): ProblemProgress {
  const safeTarget = Math.max(1, target);
  return { done, target: safeTarget, atTarget: done >= safeTarget, percent: Math.round((Math.min(done, safeTarget) / safeTarget) * 100) };
}

export type ChecklistItemView = {
  key: string;
  text: string;
  detail: string | null;
  /** Problem items: the question to practise. They are done by finishing sessions, not by a tick. */
  question: string | null;
  progress: ProblemProgress | null;
  /** ISO time of the user's tick, or null. */
  tickedAt: string | null;
  done: boolean;
};

export type ChecklistView = {
  key: string;
  title: string;
  kind: Checklist["kind"];
  description: string;
  items: ChecklistItemView[];
  done: number;
  total: number;
};

/** Joins checklists with one user's ticks and finished-session counts; pure, for the page and tests. */
export function buildChecklistViews(lists: Checklist[], ticks: Map<string, Date>, practice: Map<string, number>): ChecklistView[] {
  return lists.map((list) => {
    const items = list.items.map((item): ChecklistItemView => {
      const progress = list.kind === "problems" && item.question ? problemProgress(practice.get(item.question) ?? 0, item.target ?? 1) : null;
      const tickedAt = progress ? null : (ticks.get(`${list.key}/${item.key}`)?.toISOString() ?? null);
      return {
        key: item.key,
        text: item.text,
        detail: item.detail ?? null,
        question: progress ? item.question! : null,
        progress,
        tickedAt,
        done: progress ? progress.atTarget : tickedAt !== null,
      };
    });
    return {
      key: list.key,
      title: list.title,
      kind: list.kind,
      description: list.description,
      items,
      done: items.filter((item) => item.done).length,
      total: items.length,
    };
  });
}

/** Every active checklist with the user's ticks (and dates) and, for problem items, their finished sessions (counted here unless given). */
export async function listChecklistsForUser(db: Db, userId: string, finishedByQuestion?: Map<string, number>): Promise<ChecklistView[]> {
  const [lists, tickRows, practice] = await Promise.all([
    listActiveChecklists(db),
    db
      .select({ checklistKey: checklistTicks.checklistKey, itemKey: checklistTicks.itemKey, tickedAt: checklistTicks.tickedAt })
      .from(checklistTicks)
      .where(eq(checklistTicks.userId, userId)),
    finishedByQuestion ?? countFinishedByQuestion(db, userId),
  ]);
  const ticks = new Map(tickRows.map((row) => [`${row.checklistKey}/${row.itemKey}`, row.tickedAt]));
  return buildChecklistViews(lists, ticks, practice);
}

/** Core problems (items of problem checklists) and how many of them reached their target. */
export function coreProblemStatus(views: ChecklistView[]): { atTarget: number; total: number; problems: { slug: string; text: string; done: number; target: number }[] } {
  const problems = views
    .filter((view) => view.kind === "problems")
    .flatMap((view) => view.items)
    .filter((item) => item.question && item.progress)
    .map((item) => ({ slug: item.question!, text: item.text, done: item.progress!.done, target: item.progress!.target }));
  return { atTarget: problems.filter((p) => p.done >= p.target).length, total: problems.length, problems };
}
