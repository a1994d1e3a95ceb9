import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { rubricSchema, type Rubric } from "@/lib/grading/rubric-schema";
import { checklistSchema, roadmapSchema, type Checklist, type Roadmap } from "@/lib/readiness/content-schemas";
import { ContentError } from "./content-error";
import { DEFAULT_CONTENT_DIR, loadQuestions } from "./load-questions";
import type { ParsedQuestion } from "./parse-question";
import { readYaml } from "./read-yaml";

export type Content = {
  questions: ParsedQuestion[];
  rubric: Rubric & { contentHash: string };
  /** Earlier rubric versions (content/rubric-history): grades given on them keep pointing at them. */
  pastRubrics: (Rubric & { contentHash: string })[];
  checklists: Checklist[];
  roadmaps: Roadmap[];
};

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

async function yamlFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  if (names.length === 0) throw new ContentError(dir, "files", "no .yaml files were found");
  return names;
}

const fileKey = (name: string, dir: string) => {
  const key = name.replace(/\.yaml$/, "");
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) throw new ContentError(path.join(dir, name), "file name", "use lowercase words joined by dashes");
  return key;
};

/**
 * Loads and cross-checks everything under content/: the question bank, the rubric, the
 * readiness checklists and the roadmaps. Any problem anywhere refuses the whole set.
 */
export async function loadContent(contentDir = DEFAULT_CONTENT_DIR): Promise<Content> {
  const questions = await loadQuestions(contentDir);
  const slugs = new Set(questions.map((question) => question.slug));
  const rubric = await readYaml(path.join(contentDir, "rubric.yaml"), rubricSchema);
  const historyDir = path.join(contentDir, "rubric-history");
  const pastRubrics: Rubric[] = [];
  for (const name of existsSync(historyDir) ? await yamlFiles(historyDir) : []) {
    const past = await readYaml(path.join(historyDir, name), rubricSchema);
    if (past.version >= rubric.version) {
      throw new ContentError(`content/rubric-history/${name}`, "version", `must be older than the current rubric's version ${rubric.version}`);
    }
    pastRubrics.push(past);
  }

  const checklistDir = path.join(contentDir, "checklists");
  const checklists: Checklist[] = [];
  for (const name of await yamlFiles(checklistDir)) {
    const checklist = { ...(await readYaml(path.join(checklistDir, name), checklistSchema)), key: fileKey(name, checklistDir) };
    checklist.items.forEach((item, index) => {
      if (item.question && !slugs.has(item.question)) {
        throw new ContentError(`content/checklists/${name}`, `items.${index}.question`, `"${item.question}" is not a question in the bank`);
      }
    });
    checklists.push(checklist);
  }

  const roadmapDir = path.join(contentDir, "roadmaps");
  const roadmaps: Roadmap[] = [];
  for (const name of await yamlFiles(roadmapDir)) {
    const roadmap = { ...(await readYaml(path.join(roadmapDir, name), roadmapSchema)), key: fileKey(name, roadmapDir) };
    roadmap.phases.forEach((phase, p) =>
      phase.items.forEach((item, i) =>
        item.questions.forEach((slug) => {
          if (!slugs.has(slug)) throw new ContentError(`content/roadmaps/${name}`, `phases.${p}.items.${i}.questions`, `"${slug}" is not a question in the bank`);
        }),
      ),
    );
    roadmaps.push(roadmap);
  }

  const byOrder = <T extends { order: number; key: string }>(a: T, b: T) => a.order - b.order || a.key.localeCompare(b.key);
  return {
    questions,
    rubric: { ...rubric, contentHash: hashOf(rubric) },
    pastRubrics: pastRubrics.map((past) => ({ ...past, contentHash: hashOf(past) })),
    checklists: checklists.sort(byOrder),
    roadmaps: roadmaps.sort(byOrder),
  };
}
