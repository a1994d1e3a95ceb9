import { describe, expect, it } from "vitest";
import { findSection, splitSections } from "@/lib/content/markdown-sections";

describe("splitSections", () => {
  const source = [
    "intro is ignored",
    "## Clarify",
    "### Questions to ask",
    "- How many users?",
    "- Is **read** heavier than write?",
    "",
    "### Out of scope",
    "- Billing",
    "## Deep dives",
    "### Generating keys",
    "Why keys are hard.",
    "```",
    "## not a heading inside code",
    "```",
    "#### Weak",
    "Hash and truncate.",
  ].join("\n");

  it("nests ##, ### and #### headings and keeps bullets as Markdown", () => {
    const sections = splitSections(source);
    expect(sections.map((s) => s.title)).toEqual(["Clarify", "Deep dives"]);
    const questions = findSection(findSection(sections, "clarify")!.children, "Questions to ask")!;
    expect(questions.bullets).toEqual(["How many users?", "Is **read** heavier than write?"]);
    const dive = findSection(sections, "Deep dives")!.children[0]!;
    expect(dive.title).toBe("Generating keys");
    expect(dive.content).toContain("## not a heading inside code");
    expect(dive.children[0]).toMatchObject({ title: "Weak", content: "Hash and truncate." });
  });
});
