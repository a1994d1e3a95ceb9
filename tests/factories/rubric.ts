import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Db } from "@/db/client";
import { rubricVersions } from "@/db/schema";
import { rubricSchema, type Rubric } from "@/lib/grading/rubric-schema";
import { REAL_CONTENT } from "./content";

const readRubric = (file: string): Rubric => rubricSchema.parse(parse(readFileSync(path.join(REAL_CONTENT, file), "utf8")));

/** The shipped rubric, current version. */
export const realRubric = (): Rubric => readRubric("rubric.yaml");
/** The shipped rubric's first version, which grades given before version 2 point at. */
export const firstRubric = (): Rubric => readRubric("rubric-history/v1.yaml");

/** Stores the shipped rubric versions (1 and the current one) in a test database; returns the current one. */
export async function seedRubric(db: Db): Promise<Rubric> {
  for (const rubric of [firstRubric(), realRubric()]) {
    await db.insert(rubricVersions).values({ version: rubric.version, title: rubric.title, body: rubric, contentHash: "test" }).onConflictDoNothing();
  }
  return realRubric();
}

/** A level for every dimension of the rubric. */
export const allLevels = (rubric: Rubric, level: number) => Object.fromEntries(rubric.dimensions.map((d) => [d.key, level]));
