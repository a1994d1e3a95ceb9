// `npm run content:check`: validates everything under content/ without touching a database.
import { loadQuestions } from "../lib/content/load-questions";

try {
  const questions = await loadQuestions();
  const count = (difficulty: string) => questions.filter((question) => question.difficulty === difficulty).length;
  console.log(
    `content ok: ${questions.length} questions (` +
      ["easy", "medium", "hard"].map((d) => `${count(d)} ${d}`).join(", ") +
      ")",
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
