import { describe, expect, it } from "vitest";
import { loadQuestions } from "@/lib/content/load-questions";
import { recomputeEstimate } from "@/lib/questions/estimate";
import { PHASES } from "@/lib/questions/phases";
import { contentFixture, editQuestion, REAL_CONTENT } from "../factories/content";

describe("the shipped question bank", async () => {
  const questions = await loadQuestions(REAL_CONTENT);

  it("parses every file with every section, minimum counts, and resolvable links", () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const difficulty of ["easy", "medium", "hard"]) {
      expect(questions.filter((q) => q.difficulty === difficulty).length, difficulty).toBeGreaterThanOrEqual(5);
    }
    for (const question of questions) {
      expect(question.body.deepDives.length, question.slug).toBeGreaterThanOrEqual(3);
      expect(question.body.tradeOffs.length, question.slug).toBeGreaterThanOrEqual(3);
      for (const phase of PHASES) {
        const points = question.body.keyPoints[phase.key];
        expect(points.length, `${question.slug} key points for ${phase.key}`).toBeGreaterThanOrEqual(5);
        expect(points.length, `${question.slug} key points for ${phase.key}`).toBeLessThanOrEqual(12);
      }
    }
  });

  it("cites at least one dated source in every problem", () => {
    for (const question of questions) {
      expect(question.body.sources.length, question.slug).toBeGreaterThanOrEqual(1);
      for (const source of question.body.sources) expect(source, question.slug).toMatch(/(?<!\d)(?:19|20)\d{2}(?!\d)/);
    }
  });

  it("has unique slugs and titles", () => {
    expect(new Set(questions.map((q) => q.slug)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.title.toLowerCase())).size).toBe(questions.length);
  });

  it("estimates traffic and storage in every problem", () => {
    for (const question of questions) {
      const units = new Set(question.body.estimate.derived.map((value) => value.unit));
      expect(units.has("per_second") || units.has("bytes_per_second"), `${question.slug} has a rate`).toBe(true);
      expect(units.has("bytes"), `${question.slug} has a size`).toBe(true);
    }
  });

  it("gets every estimate's arithmetic right", () => {
    for (const question of questions) {
      for (const value of recomputeEstimate(question.body.estimate.inputs, question.body.estimate.derived)) {
        expect(value.withinTolerance, `${question.slug}: ${value.name} states ${value.stated}, computes ${value.computed}`).toBe(true);
      }
    }
  });
});

describe("invalid content fails loudly, naming the file and the field", () => {
  const broken = async (edit: (source: string) => string) => {
    const dir = contentFixture();
    editQuestion(dir, "url-shortener", edit);
    return loadQuestions(dir);
  };

  it("an unknown tag", async () => {
    await expect(broken((s) => s.replace(/^tags: \[/m, "tags: [blockchain, "))).rejects.toThrow(
      /url-shortener\.md: frontmatter\.tags\.0: /,
    );
  });

  it("a missing section", async () => {
    await expect(broken((s) => s.replace("### Red flags", "### Warning signs"))).rejects.toThrow(
      /url-shortener\.md: ## Interviewer guide > ### Red flags/,
    );
  });

  it("too few deep dives", async () => {
    await expect(broken((s) => s.replace(/## Deep dives[\s\S]*?(?=\n## Trade-offs)/, "## Deep dives\n\n### Only one\nText.\n#### Weak\na\n#### Good\nb\n#### Great\nc\n"))).rejects.toThrow(
      /## Deep dives \(deepDives\)/,
    );
  });

  it("wrong arithmetic in an estimate", async () => {
    await expect(broken((s) => s.replace(/(\n\s+value: )(\d[\d.]*)(\n\s+unit: per_second)/, (_m, a, v, b) => `${a}${Number(v) * 3}${b}`))).rejects.toThrow(
      /url-shortener\.md: frontmatter\.estimate\.derived\.\w+: states [\d.e+]+ but its expression gives/,
    );
  });

  it("a related problem that does not exist", async () => {
    await expect(broken((s) => s.replace(/^related: .*$/m, "related: [design-the-moon]"))).rejects.toThrow(
      /url-shortener\.md: frontmatter\.related: "design-the-moon" is not a question/,
    );
  });

  it("a problem with estimate inputs but no Sources section", async () => {
    await expect(broken((s) => s.replace(/\n## Sources\n[\s\S]*$/, "\n"))).rejects.toThrow(/url-shortener\.md: ## Sources \(sources\): is missing or empty/);
  });

  it("a Sources section with no bullets", async () => {
    await expect(broken((s) => s.replace(/\n## Sources\n[\s\S]*$/, "\n## Sources\n\nSee the usual books.\n"))).rejects.toThrow(
      /url-shortener\.md: ## Sources \(sources\): is missing or empty/,
    );
  });

  it("a source without a year", async () => {
    await expect(broken((s) => s.replace(/\n## Sources\n/, "\n## Sources\n\n- Somebody's blog post: a figure with no date.\n"))).rejects.toThrow(
      /url-shortener\.md: ## Sources \(sources\.0\): each source must name its year/,
    );
  });

  it("YAML that does not parse", async () => {
    await expect(broken((s) => s.replace(/^title: .*$/m, "title: [unclosed"))).rejects.toThrow(/url-shortener\.md: frontmatter: is not valid YAML/);
  });
});
