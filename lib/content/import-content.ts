import { createHash } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklists, roadmaps, rubricVersions } from "@/db/schema";
import { analyzeQuestions, changed, syncQuestions, type ImportSummary } from "@/lib/questions/import-question-bank";
import { ContentError } from "./content-error";
import type { Content } from "./load-content";

export type ContentImportSummary = {
  questions: ImportSummary;
  rubric: { version: number; status: "inserted" | "unchanged" };
  checklists: ImportSummary;
  roadmaps: ImportSummary;
};

type KeyedRow = { key: string; title: string; kind: string; sortOrder: number; body: unknown; contentHash: string };
type KeyedTable = typeof checklists | typeof roadmaps;

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** Inserts new keys, updates changed ones, retires keys no longer in content. */
async function syncKeyed(tx: Db, table: KeyedTable, rows: KeyedRow[]): Promise<ImportSummary> {
  const existing = await tx.select({ key: table.key, contentHash: table.contentHash, retiredAt: table.retiredAt }).from(table);
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const summary: ImportSummary = { inserted: 0, updated: 0, unchanged: 0, retired: 0 };
  for (const row of rows) {
    const current = byKey.get(row.key);
    byKey.delete(row.key);
    if (!current) {
      await tx.insert(table).values(row as never);
      summary.inserted++;
    } else if (current.contentHash !== row.contentHash || current.retiredAt) {
      await tx.update(table).set({ ...row, retiredAt: null, updatedAt: sql`now()` } as never).where(eq(table.key, row.key));
      summary.updated++;
    } else {
      summary.unchanged++;
    }
  }
  const gone = [...byKey.values()].filter((row) => !row.retiredAt).map((row) => row.key);
  if (gone.length) await tx.update(table).set({ retiredAt: sql`now()` } as never).where(inArray(table.key, gone));
  summary.retired = gone.length;
  return summary;
}

async function syncRubric(tx: Db, rubric: Content["rubric"], file = "content/rubric.yaml"): Promise<ContentImportSummary["rubric"]> {
  const { contentHash, ...body } = rubric;
  const [stored] = await tx.select().from(rubricVersions).where(eq(rubricVersions.version, rubric.version));
  if (stored) {
    if (stored.contentHash !== contentHash) {
      throw new ContentError(
        file,
        "version",
        `the rubric changed but version ${rubric.version} is already in use by stored grades; raise the version`,
      );
    }
    return { version: rubric.version, status: "unchanged" };
  }
  await tx.insert(rubricVersions).values({ version: rubric.version, title: rubric.title, body, contentHash });
  return { version: rubric.version, status: "inserted" };
}

/** The current rubric, and before it the earlier versions that grades may still point at. */
async function syncRubrics(tx: Db, current: Content["rubric"], past: Content["pastRubrics"]): Promise<ContentImportSummary["rubric"]> {
  for (const rubric of past) await syncRubric(tx, rubric, `content/rubric-history/v${rubric.version}.yaml`);
  return syncRubric(tx, current);
}

/** Any constant works; it only has to be the same for every instance importing into one database. */
const IMPORT_LOCK_KEY = 7_405_312;

/**
 * Imports everything under content/ in one transaction: all of it lands, or none of it. Instances
 * booting at once take turns (a transaction-scoped advisory lock), so the second finds the bank
 * the first loaded instead of inserting it again.
 */
export async function importContent(db: Db, content: Content): Promise<ContentImportSummary> {
  const summary = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
    return {
      questions: await syncQuestions(tx, content.questions),
      rubric: await syncRubrics(tx, content.rubric, content.pastRubrics),
      checklists: await syncKeyed(
        tx,
        checklists,
        content.checklists.map((list) => ({ key: list.key, title: list.title, kind: list.kind, sortOrder: list.order, body: list, contentHash: hashOf(list) })),
      ),
      roadmaps: await syncKeyed(
        tx,
        roadmaps,
        content.roadmaps.map((map) => ({ key: map.key, title: map.title, kind: map.kind, sortOrder: map.order, body: map, contentHash: hashOf(map) })),
      ),
    };
  });
  if (changed(summary.questions)) await analyzeQuestions(db);
  return summary;
}
