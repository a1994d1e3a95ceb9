import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Db } from "@/db/client";
import { rubricVersions } from "@/db/schema";
import { rubricSchema, type Rubric } from "@/lib/grading/rubric-schema";
import { REAL_CONTENT } from "./content";

export const realRubric = (): Rubric => rubricSchema.parse(parse(readFileSync(path.join(REAL_CONTENT, "rubric.yaml"), "utf8")));

/** Stores the shipped rubric (version 1) in a test database. */
export async function seedRubric(db: Db): Promise<Rubric> {
  const rubric = realRubric();
  await db.insert(rubricVersions).values({ version: rubric.version, title: rubric.title, body: rubric, contentHash: "test" }).onConflictDoNothing();
  return rubric;
}

/** A level for every dimension of the rubric. */
export const allLevels = (rubric: Rubric, level: number) => Object.fromEntries(rubric.dimensions.map((d) => [d.key, level]));
