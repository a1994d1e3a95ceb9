import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkDiagram, checkQuestionDiagrams, componentNames, labelNames, normalizeName } from "@/lib/content/check-diagram";
import { loadQuestions } from "@/lib/content/load-questions";
import { parseQuestion } from "@/lib/content/parse-question";
import { contentFixture, editQuestion, REAL_CONTENT } from "../factories/content";

const GOOD = ["flowchart LR", "  client([Client]) -->|request| api[API service]", "  api -->|read| db[(Store)]"].join("\n");

/** The url-shortener question with its diagram (or the whole file) edited, parsed the way the content check parses it. */
function shortener(edit: (source: string) => string) {
  const dir = contentFixture();
  editQuestion(dir, "url-shortener", edit);
  const file = path.join(dir, "questions", "url-shortener.md");
  return { file, parse: () => parseQuestion(file, readFileSync(file, "utf8")) };
}
const diagramOf = (source: string) => source.match(/### Diagram\n\n```mermaid\n([\s\S]*?)```/)![1]!;
const withDiagram = (source: string, edit: (diagram: string) => string) => source.replace(diagramOf(source), edit(diagramOf(source)));

async function problemsOf(edit: (source: string) => string) {
  const { file, parse } = shortener(edit);
  return checkQuestionDiagrams(file, parse().body);
}

describe("the diagram rules (npm run content:check)", () => {
  it("accepts a flowchart whose nodes are all joined and name every component", async () => {
    expect(await checkDiagram(GOOD, ["API service", "Store"])).toEqual([]);
    expect(await problemsOf((s) => s)).toEqual([]);
  });

  it("refuses a diagram that does not parse, with Mermaid's own error", async () => {
    expect(await checkDiagram("flowchart LR\n  a[Client] --> b[API\n")).toEqual([expect.stringMatching(/^does not parse as a Mermaid flowchart: Parse error on line \d+:\n.*Expecting /s)]);
    const problems = await problemsOf((s) => withDiagram(s, (d) => d.replace("redirect[Redirect service]", "redirect[Redirect service")));
    expect(problems).toEqual([expect.stringMatching(/url-shortener\.md: diagram: does not parse as a Mermaid flowchart: /)]);
  });

  it("refuses a diagram that leaves out a component named in Components", async () => {
    const problems = await problemsOf((s) =>
      withDiagram(s, (d) => d.replace("redirect[Redirect service]", "redirect[Redirector]")),
    );
    expect(problems).toEqual([expect.stringMatching(/url-shortener\.md: diagram: component "Redirect service" is not a node in the diagram$/)]);
    expect(await checkDiagram(GOOD, ["API service", "Search index"])).toEqual(['component "Search index" is not a node in the diagram']);
  });

  it("refuses an orphan node, one with no edge", async () => {
    const problems = await problemsOf((s) => withDiagram(s, (d) => `${d}  audit[Audit log]\n`));
    expect(problems).toEqual([expect.stringMatching(/url-shortener\.md: diagram: node "Audit log" \(audit\) is an orphan: it has no edge$/)]);
  });

  it("refuses what the Excalidraw conversion cannot draw faithfully: odd node ids, doubled edges, edges to a subgraph", async () => {
    expect(await checkDiagram("flowchart TD\n  link-store[(Links)] --> api[API]")).toEqual([expect.stringMatching(/node id "link-store" must be letters and digits/)]);
    expect(await checkDiagram("flowchart TD\n  a[A] -->|one| b[B]\n  a -->|two| b")).toEqual([expect.stringMatching(/two edges a --> b/)]);
    expect(await checkDiagram("flowchart TD\n  subgraph s[Region]\n    b[B]\n  end\n  a[A] --> s\n  a --> b")).toEqual([expect.stringMatching(/joins a subgraph/)]);
  });

  it("checks a Great approach's diagram too, without asking it for every component", async () => {
    const problems = await problemsOf((s) =>
      s.replace(/(\n#### Great\n)/, "$1\n```mermaid\nflowchart LR\n  a[Writer] --> b[(Log)]\n  c[Reader]\n```\n"),
    );
    expect(problems).toEqual([expect.stringMatching(/url-shortener\.md: deep dive ".+" > Great diagram: node "Reader" \(c\) is an orphan/)]);
  });

  it("matches a component by its bold name, ignoring case, punctuation and a parenthesised remark", () => {
    expect(componentNames("- **Link store**: keyed by code.\n  - **not** a component\n- **Kafka `clicks.raw` topic** (three days)\n- a bullet with no name")).toEqual({
      names: ["Link store", "Kafka `clicks.raw` topic"],
      unnamed: 1,
    });
    expect(normalizeName("Edge / CDN and load-balancer")).toBe("edge cdn and load balancer");
    expect(labelNames("kafka clicks.raw topic", "Kafka `clicks.raw` topic")).toBe(true);
    expect(labelNames("Stream processor", "Stream processor (Apache Flink)")).toBe(true);
    expect(labelNames("Stream processor (Apache Flink)", "Stream processor (Apache Flink)")).toBe(true);
    expect(labelNames("Stream processor (Flink)", "Stream processor (Apache Flink)")).toBe(false);
    expect(labelNames("Redirect", "Redirect service")).toBe(false);
  });

  it("prints the problem with the file's name and fails, run as the content check", async () => {
    const { file } = shortener((s) => withDiagram(s, (d) => d.replace("redirect[Redirect service]", "redirect[Redirector]")));
    const tsx = path.resolve(REAL_CONTENT, "../node_modules/.bin/tsx");
    const run = promisify(execFile)(tsx, ["scripts/check-content.ts", file], { cwd: path.resolve(REAL_CONTENT, "..") });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('url-shortener.md: diagram: component "Redirect service" is not a node in the diagram') });
  }, 90_000);
});

describe("diagrams in a question file", () => {
  it("go into the body on their own, not into the Markdown text or the search text", () => {
    const { parse } = shortener((s) => s.replace(/(\n#### Great\n)/, "$1\n```mermaid\nflowchart TD\n  a[Writer] --> b[(Log)]\n```\n"));
    const question = parse();
    expect(question.body.highLevel.diagram).toMatch(/^flowchart LR\n/);
    expect(question.body.highLevel.components).not.toContain("flowchart");
    const dive = question.body.deepDives[0]!;
    expect(dive.greatDiagram).toBe("flowchart TD\n  a[Writer] --> b[(Log)]");
    expect(dive.great).not.toContain("mermaid");
    expect(dive.great.length).toBeGreaterThan(20);
    expect(question.body.deepDives.slice(1).every((other) => other.greatDiagram === undefined)).toBe(true);
    expect(question.searchText).not.toMatch(/flowchart|-->/);
  });

  it("must be a flowchart LR or TD", () => {
    const { parse } = shortener((s) => withDiagram(s, (d) => d.replace("flowchart LR", "graph LR")));
    expect(parse).toThrow(/url-shortener\.md: ## High-level design > ### Diagram \(highLevel\.diagram\): must be a Mermaid flowchart whose first line is `flowchart LR` or `flowchart TD`/);
  });

  it("are refused outside ### Diagram and #### Great, two to a section, or with text beside them", () => {
    const elsewhere = shortener((s) => s.replace(/(\n#### Good\n)/, "$1\n```mermaid\nflowchart TD\n  a --> b\n```\n"));
    expect(elsewhere.parse).toThrow(/url-shortener\.md: ## Deep dives > ### .+ > #### Good: a ```mermaid diagram belongs only in/);
    const twice = shortener((s) => s.replace(/(### Diagram\n)/, "$1\n```mermaid\nflowchart TD\n  a --> b\n```\n"));
    expect(twice.parse).toThrow(/### Diagram: holds 2 ```mermaid blocks; give it exactly one/);
    const prose = shortener((s) => s.replace(/(### Diagram\n)/, "$1\nThe picture below.\n"));
    expect(prose.parse).toThrow(/### Diagram: must hold only the ```mermaid block/);
    const empty = shortener((s) => s.replace(/### Diagram\n\n```mermaid\n[\s\S]*?```\n/, "### Diagram\n\n"));
    expect(empty.parse).toThrow(/### Diagram: must hold one ```mermaid block/);
  });
});

describe("the shipped question bank's diagrams", async () => {
  const questions = await loadQuestions(REAL_CONTENT);

  it("has a high-level diagram in every problem, and all of them pass the content check", async () => {
    const problems: string[] = [];
    for (const question of questions) {
      expect(question.body.highLevel.diagram, question.slug).toMatch(/^flowchart (LR|TD)\n/);
      problems.push(...(await checkQuestionDiagrams(question.slug, question.body)));
    }
    expect(problems).toEqual([]);
    expect(questions.filter((question) => question.body.deepDives.some((dive) => dive.greatDiagram)).length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it("refuses a problem without a ### Diagram", () => {
    const { parse } = shortener((s) => s.replace(/### Diagram\n\n```mermaid\n[\s\S]*?```\n\n/, ""));
    expect(parse).toThrow(/url-shortener\.md: ## High-level design > ### Diagram \(highLevel\.diagram\): is missing: every problem needs a ### Diagram/);
  });
});
