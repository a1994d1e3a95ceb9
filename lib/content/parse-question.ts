import { createHash } from "node:crypto";
import matter from "gray-matter";
import { PHASES } from "@/lib/questions/phases";
import { recomputeEstimate, EstimateError } from "@/lib/questions/estimate";
import {
  questionBodySchema,
  questionFrontmatterSchema,
  slugSchema,
  type QuestionBody,
} from "@/lib/questions/schemas";
import type { z } from "zod";

type QuestionFrontmatter = z.infer<typeof questionFrontmatterSchema>;
import { ContentError } from "./content-error";
import { findSection, splitSections, type Section } from "./markdown-sections";

export type ParsedQuestion = {
  slug: string;
  title: string;
  difficulty: "easy" | "medium" | "hard";
  summary: string;
  tags: string[];
  companies: string[];
  body: QuestionBody;
  searchText: string;
  contentHash: string;
};

/**
 * Part of each question's content hash: bump it when the search text or the stored body is built
 * differently, so the next import rewrites every question (unchanged files are otherwise left
 * alone). 3: bodies carry `sources`.
 */
const SEARCH_TEXT_FORMAT = "search-text:3\n";

/** Human names for body paths, so an error points at the heading to fix. */
const SECTION_NAMES: Record<string, string> = {
  statement: "## Statement",
  phasePrompts: "## Phase prompts",
  "clarify.questions": "## Clarify > ### Questions to ask",
  "clarify.functional": "## Clarify > ### Functional requirements",
  "clarify.nonFunctional": "## Clarify > ### Non-functional requirements",
  "clarify.outOfScope": "## Clarify > ### Out of scope",
  "estimate.notes": "## Estimate",
  "highLevel.components": "## High-level design > ### Components",
  "highLevel.dataFlow": "## High-level design > ### Data flow",
  "highLevel.api": "## High-level design > ### API",
  "highLevel.dataModel": "## High-level design > ### Data model",
  "highLevel.diagram": "## High-level design > ### Diagram",
  deepDives: "## Deep dives",
  tradeOffs: "## Trade-offs",
  "interviewerGuide.followUps": "## Interviewer guide > ### Follow-up questions",
  "interviewerGuide.hints": "## Interviewer guide > ### Hints",
  "interviewerGuide.redFlags": "## Interviewer guide > ### Red flags",
  "interviewerGuide.expectations": "## Interviewer guide > ### Expectations",
  keyPoints: "## Key points",
  sources: "## Sources",
};

function describeBodyPath(path: string): string {
  let best = "";
  for (const key of Object.keys(SECTION_NAMES)) {
    if ((path === key || path.startsWith(key + ".")) && key.length > best.length) best = key;
  }
  return best ? `${SECTION_NAMES[best]} (${path})` : path;
}

const text = (section: Section | undefined) => section?.content ?? "";
const list = (section: Section | undefined) => section?.bullets ?? [];
const child = (section: Section | undefined, title: string) => (section ? findSection(section.children, title) : undefined);

function byPhase<T>(section: Section | undefined, pick: (s: Section | undefined) => T) {
  return Object.fromEntries(PHASES.map((phase) => [phase.key, pick(child(section, phase.heading))])) as Record<
    (typeof PHASES)[number]["key"],
    T
  >;
}

const MERMAID_FENCE = /^\s{0,3}(?:```|~~~)\s*mermaid\b/im;

/**
 * The one ```mermaid block a section may hold (### Diagram must hold one; a #### Great may). Its
 * source goes into the body on its own, never into the section's Markdown text. A diagram anywhere
 * else would be lost from the page, so it is refused.
 */
function takeDiagrams(file: string, sections: Section[]) {
  const highLevel = findSection(sections, "High-level design");
  const diagramSection = child(highLevel, "Diagram");
  const allowed = new Set<Section>(diagramSection ? [diagramSection] : []);
  for (const dive of findSection(sections, "Deep dives")?.children ?? []) {
    const great = child(dive, "Great");
    if (great) allowed.add(great);
  }
  const visit = (section: Section, trail: string) => {
    const where = `${trail}${"#".repeat(section.depth)} ${section.title}`;
    if (section.diagrams.length > 0 && !allowed.has(section)) {
      throw new ContentError(file, where, "a ```mermaid diagram belongs only in ## High-level design > ### Diagram or in a deep dive's #### Great");
    }
    if (section.diagrams.length > 1) throw new ContentError(file, where, `holds ${section.diagrams.length} \`\`\`mermaid blocks; give it exactly one`);
    if (MERMAID_FENCE.test(section.content)) {
      throw new ContentError(file, where, "a ```mermaid block must stand on its own, not inside a list or quote");
    }
    for (const sub of section.children) visit(sub, `${where} > `);
  };
  for (const section of sections) visit(section, "");
  if (diagramSection) {
    if (diagramSection.diagrams.length === 0) {
      throw new ContentError(file, "## High-level design > ### Diagram", "must hold one ```mermaid block with a flowchart");
    }
    if (diagramSection.content) {
      throw new ContentError(file, "## High-level design > ### Diagram", "must hold only the ```mermaid block (write explanations in ### Components or ### Data flow)");
    }
  }
}

function buildBody(sections: Section[], frontmatter: QuestionFrontmatter) {
  const get = (title: string) => findSection(sections, title);
  const clarify = get("Clarify");
  const highLevel = get("High-level design");
  const guide = get("Interviewer guide");
  const expectations = child(guide, "Expectations");
  return {
    statement: text(get("Statement")),
    phasePrompts: byPhase(get("Phase prompts"), text),
    clarify: {
      questions: list(child(clarify, "Questions to ask")),
      functional: list(child(clarify, "Functional requirements")),
      nonFunctional: list(child(clarify, "Non-functional requirements")),
      outOfScope: list(child(clarify, "Out of scope")),
    },
    estimate: { notes: text(get("Estimate")), inputs: frontmatter.estimate.inputs, derived: frontmatter.estimate.derived },
    highLevel: {
      components: text(child(highLevel, "Components")),
      dataFlow: text(child(highLevel, "Data flow")),
      api: text(child(highLevel, "API")),
      dataModel: text(child(highLevel, "Data model")),
      diagram: child(highLevel, "Diagram")?.diagrams[0],
    },
    deepDives: (get("Deep dives")?.children ?? []).map((dive) => ({
      title: dive.title,
      problem: dive.content,
      weak: text(child(dive, "Weak")),
      good: text(child(dive, "Good")),
      great: text(child(dive, "Great")),
      greatDiagram: child(dive, "Great")?.diagrams[0],
    })),
    tradeOffs: (get("Trade-offs")?.children ?? []).map((decision) => ({ title: decision.title, body: decision.content })),
    interviewerGuide: {
      followUps: list(child(guide, "Follow-up questions")),
      hints: list(child(guide, "Hints")),
      redFlags: list(child(guide, "Red flags")),
      expectations: {
        mid: text(child(expectations, "Mid-level")),
        senior: text(child(expectations, "Senior")),
        staff: text(child(expectations, "Staff")),
      },
    },
    keyPoints: byPhase(get("Key points"), list),
    related: frontmatter.related,
    sources: list(get("Sources")),
  };
}

/** Parses and validates one question file. Throws ContentError naming the file and field. */
export function parseQuestion(file: string, source: string): ParsedQuestion {
  const slugResult = slugSchema.safeParse(file.replace(/^.*\//, "").replace(/\.md$/, ""));
  if (!slugResult.success) throw ContentError.fromZod(file, "file name", slugResult.error);
  const slug = slugResult.data;

  let parsedMatter: matter.GrayMatterFile<string>;
  try {
    parsedMatter = matter(source);
  } catch (error) {
    throw new ContentError(file, "frontmatter", `is not valid YAML (${(error as Error).message})`);
  }
  const front = questionFrontmatterSchema.safeParse(parsedMatter.data);
  if (!front.success) throw ContentError.fromZod(file, "frontmatter", front.error);

  const sections = splitSections(parsedMatter.content);
  takeDiagrams(file, sections);
  const body = questionBodySchema.safeParse(buildBody(sections, front.data));
  if (!body.success) throw ContentError.fromZod(file, "", body.error, describeBodyPath);

  try {
    for (const value of recomputeEstimate(front.data.estimate.inputs, front.data.estimate.derived)) {
      if (!value.withinTolerance) {
        throw new ContentError(
          file,
          `frontmatter.estimate.derived.${value.name}`,
          `states ${value.stated} but its expression gives ${Number(value.computed.toPrecision(6))}`,
        );
      }
    }
  } catch (error) {
    if (error instanceof EstimateError) throw new ContentError(file, "frontmatter.estimate", error.message);
    throw error;
  }

  const { title, difficulty, summary, tags, companies } = front.data;
  const answer = body.data;
  // The reference answer is searchable too ("bloom" finds the problems that use a Bloom filter);
  // the interviewer's guide is not, and neither are the diagrams' Mermaid sources (their labels
  // repeat the component names the text already holds).
  const searchText = [
    tags.join(" "),
    companies.join(" "),
    answer.statement,
    Object.values(answer.phasePrompts).join(" "),
    Object.values(answer.clarify).flat().join(" "),
    answer.estimate.notes,
    [answer.highLevel.components, answer.highLevel.dataFlow, answer.highLevel.api, answer.highLevel.dataModel].join(" "),
    answer.deepDives.map((dive) => [dive.title, dive.problem, dive.weak, dive.good, dive.great].join(" ")).join(" "),
    answer.tradeOffs.map((tradeOff) => `${tradeOff.title} ${tradeOff.body}`).join(" "),
  ].join("\n");
  return {
    slug,
    title,
    difficulty,
    summary,
    tags,
    companies,
    body: body.data,
    searchText,
    contentHash: createHash("sha256").update(SEARCH_TEXT_FORMAT).update(source).digest("hex"),
  };
}
