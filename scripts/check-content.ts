// `npm run content:check [files...]`: validates content/ (questions, rubric, checklists, roadmaps)
// without touching a database. With file arguments only those questions are parsed (their `related` slugs must still name existing files).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load-content";
import { parseQuestion } from "../lib/content/parse-question";

function checkFiles(files: string[]): number {
  const dir = path.join(process.cwd(), "content/questions");
  const existing = new Set(readdirSync(dir).map((name) => name.replace(/\.md$/, "")));
  let failures = 0;
  for (const file of files) {
    try {
      const question = parseQuestion(file, readFileSync(file, "utf8"));
      const missing = question.body.related.filter((slug) => !existing.has(slug));
      if (missing.length) throw new Error(`${file}: frontmatter.related: no such question: ${missing.join(", ")}`);
      console.log(`ok ${file}`);
    } catch (error) {
      failures++;
      console.error((error as Error).message);
    }
  }
  return failures;
}

const files = process.argv.slice(2);
if (files.length) {
  process.exit(checkFiles(files) ? 1 : 0);
}
try {
  const { questions, rubric, checklists, roadmaps } = await loadContent();
  const count = (difficulty: string) => questions.filter((question) => question.difficulty === difficulty).length;
  console.log(
    `content ok: ${questions.length} questions (` + ["easy", "medium", "hard"].map((d) => `${count(d)} ${d}`).join(", ") + "), " +
      `rubric v${rubric.version} with ${rubric.dimensions.length} dimensions, ${checklists.length} checklists, ${roadmaps.length} roadmaps`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
