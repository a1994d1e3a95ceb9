import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ContentError } from "./content-error";
import { parseQuestion, type ParsedQuestion } from "./parse-question";

export const DEFAULT_CONTENT_DIR = path.resolve(process.cwd(), "content");

/**
 * Reads and validates every question under `<contentDir>/questions`. All files must be valid and
 * every `related` slug must resolve, or the whole bank is refused.
 */
export async function loadQuestions(contentDir = DEFAULT_CONTENT_DIR): Promise<ParsedQuestion[]> {
  const dir = path.join(contentDir, "questions");
  const files = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  if (files.length === 0) throw new ContentError(dir, "questions", "no question files were found");
  const questions: ParsedQuestion[] = [];
  for (const name of files) {
    const file = path.relative(process.cwd(), path.join(dir, name)) || name;
    questions.push(parseQuestion(file, await readFile(path.join(dir, name), "utf8")));
  }
  const slugs = new Set(questions.map((question) => question.slug));
  for (const question of questions) {
    for (const related of question.body.related) {
      if (!slugs.has(related)) {
        throw new ContentError(`content/questions/${question.slug}.md`, "frontmatter.related", `"${related}" is not a question in the bank`);
      }
      if (related === question.slug) {
        throw new ContentError(`content/questions/${question.slug}.md`, "frontmatter.related", "a question cannot be related to itself");
      }
    }
  }
  return questions;
}
