// `npm run content:check [files...]`: validates content/ (questions, rubric, checklists, roadmaps)
// without touching a database. With file arguments only those questions are parsed (their `related` slugs must still name existing files).
// Beyond what the app checks when it loads content, this parses every question's Mermaid diagrams
// (lib/content/check-diagram.ts), which the app itself never loads.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkQuestionDiagrams } from "../lib/content/check-diagram";
import { loadContent } from "../lib/content/load-content";
import { parseQuestion } from "../lib/content/parse-question";

async function checkFiles(files: string[]): Promise<number> {
  const dir = path.join(process.cwd(), "content/questions");
  const existing = new Set(readdirSync(dir).map((name) => name.replace(/\.md$/, "")));
  let failures = 0;
  for (const file of files) {
    try {
      const question = parseQuestion(file, readFileSync(file, "utf8"));
      const missing = question.body.related.filter((slug) => !existing.has(slug));
      if (missing.length) throw new Error(`${file}: frontmatter.related: no such question: ${missing.join(", ")}`);
      const problems = await checkQuestionDiagrams(file, question.body);
      if (problems.length) throw new Error(problems.join("\n"));
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
  process.exit((await checkFiles(files)) ? 1 : 0);
}
try {
  const { questions, rubric, checklists, roadmaps } = await loadContent();
  const problems: string[] = [];
  for (const question of questions) problems.push(...(await checkQuestionDiagrams(`content/questions/${question.slug}.md`, question.body)));
  if (problems.length) {
    console.error(problems.join("\n"));
    console.error(`content check failed: ${problems.length} diagram problem(s)`);
    process.exit(1);
  }
  const count = (difficulty: string) => questions.filter((question) => question.difficulty === difficulty).length;
  const diagrams = questions.reduce(
    (sum, question) => sum + 1 + question.body.deepDives.filter((dive) => dive.greatDiagram).length,
    0,
  );
  console.log(
    `content ok: ${questions.length} questions (` + ["easy", "medium", "hard"].map((d) => `${count(d)} ${d}`).join(", ") + "), " +
      `${diagrams} diagrams, rubric v${rubric.version} with ${rubric.dimensions.length} dimensions, ${checklists.length} checklists, ${roadmaps.length} roadmaps`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
