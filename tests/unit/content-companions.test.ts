import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import { editFile, fullContentFixture, REAL_CONTENT } from "../factories/content";

// Beside the checkout (../shared/seeds), or where this machine keeps them for a clone made elsewhere.
const SEEDS = [process.env.SEEDS_DIR, path.resolve(REAL_CONTENT, "../../shared/seeds"), "/work/shared/seeds"].find(
  (dir): dir is string => Boolean(dir && existsSync(dir)),
) ?? path.resolve(REAL_CONTENT, "../../shared/seeds");

describe("rubric, checklists and roadmaps", async () => {
  const content = await loadContent(REAL_CONTENT);

  it("grades eight dimensions on four levels, each with what a hire at mid, senior and staff level shows", () => {
    const { rubric } = content;
    expect(rubric.version).toBe(2);
    expect(rubric.levels.map((l) => l.signal)).toEqual(["no_hire", "lean_no_hire", "hire", "strong_hire"]);
    expect(rubric.dimensions.map((d) => d.key)).toEqual([
      "requirements",
      "estimation",
      "high_level_design",
      "deep_dive",
      "trade_offs",
      "operational_excellence",
      "communication",
      "driving",
    ]);
    for (const dimension of rubric.dimensions) {
      expect(new Set(Object.values(dimension.levels)).size, dimension.key).toBe(4);
      expect(new Set(Object.values(dimension.expectations!)).size, dimension.key).toBe(3);
    }
    // Estimation counts less than design and depth.
    const weight = (key: string) => rubric.dimensions.find((d) => d.key === key)!.weight;
    expect(weight("estimation")).toBeLessThan(weight("high_level_design"));
    expect(weight("estimation")).toBeLessThan(weight("deep_dive"));
  });

  it("refuses a version 2 rubric whose floor names no dimension, whose bars do not fall, or that describes only some dimensions per level", async () => {
    const broken = async (edit: (source: string) => string) => {
      const dir = fullContentFixture();
      editFile(dir, "rubric.yaml", edit);
      return loadContent(dir);
    };
    await expect(broken((s) => s.replace("dimension: deep_dive", "dimension: charisma"))).rejects.toThrow(/floors\.1\.dimension.*"charisma" is not a dimension/);
    await expect(broken((s) => s.replace("{ mid: 2.5, senior: 2.75, staff: 3.0 }", "{ mid: 2.5, senior: 2.75, staff: 3.9 }"))).rejects.toThrow(/must fall strictly.*at staff level/);
    await expect(broken((s) => s.replace(/ {4}expectations:\n(?: {6}.*\n){3}/, ""))).rejects.toThrow(/every dimension its expectations per target level, or none/);
    await expect(broken((s) => s.replace("cap: no_hire", "cap: maybe"))).rejects.toThrow(/floors\.1\.cap/);
  });

  it("keeps version 1 as it was, for the grades given on it", () => {
    expect(content.pastRubrics.map((past) => past.version)).toEqual([1]);
    expect(content.pastRubrics[0]!.dimensions.map((d) => d.key)).toEqual(["requirements", "estimation", "high_level_design", "deep_dive", "trade_offs", "communication"]);
  });

  it("has every checklist the seeds call for, and the core problems point at real questions to practise three times", () => {
    const kinds = content.checklists.map((list) => list.kind);
    expect(kinds).toEqual(expect.arrayContaining(["concepts", "problems", "stories", "final"]));
    expect(content.checklists.filter((list) => list.kind === "final")).toHaveLength(3);
    const problems = content.checklists.find((list) => list.kind === "problems")!;
    const slugs = new Set(content.questions.map((q) => q.slug));
    expect(problems.items.length).toBeGreaterThanOrEqual(8);
    for (const item of problems.items) {
      expect(slugs.has(item.question!), item.question).toBe(true);
      expect(item.target).toBe(3);
    }
    expect(content.checklists.find((list) => list.kind === "stories")!.items.length).toBeGreaterThanOrEqual(10);
  });

  it("has the junior, mid-level and senior 16-week plans and the five-stage book roadmap", () => {
    const byKey = new Map(content.roadmaps.map((roadmap) => [roadmap.key, roadmap]));
    for (const key of ["junior", "mid-level", "senior"]) {
      expect(byKey.get(key)?.totalWeeks, key).toBe(16);
      const covered = new Set(byKey.get(key)!.phases.flatMap((phase) => phase.items.flatMap((item) => range(item.weeks))));
      expect(covered.size, `${key} covers every week`).toBe(16);
    }
    expect(byKey.get("book-stages")?.phases).toHaveLength(5);
    // Algorithms practice is marked as coding preparation, so it does not read as system design.
    const items = [...byKey.values()].flatMap((roadmap) => roadmap.phases.flatMap((phase) => phase.items));
    for (const item of items) expect(item.coding, item.key).toBe(item.tasks.some((task) => /LeetCode/.test(task)));
    expect(byKey.get("mid-level")!.phases[0]!.items.every((item) => item.coding)).toBe(true);
  });

  it("refuses a checklist that links a question not in the bank", async () => {
    const dir = fullContentFixture();
    editFile(dir, "checklists/core-problems.yaml", (s) => s.replace(/question: url-shortener/, "question: design-the-moon"));
    await expect(loadContent(dir)).rejects.toThrow(/content\/checklists\/core-problems\.yaml: items\.\d+\.question: "design-the-moon"/);
  });

  it("refuses a roadmap item outside its phase's weeks", async () => {
    const dir = fullContentFixture();
    editFile(dir, "roadmaps/junior.yaml", (s) => s.replace(/weeks: \[1, 4\]\n(\s+)tasks/, "weeks: [1, 40]\n$1tasks"));
    await expect(loadContent(dir)).rejects.toThrow(/junior\.yaml: phases\.\d+\.(items\.\d+\.)?weeks/);
  });
});

function range([from, to]: [number, number]): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe("originality", () => {
  it("copies no run of ten words from the seed documents", () => {
    expect(existsSync(SEEDS), `seed documents expected at ${SEEDS}`).toBe(true);
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const shingles = new Set<string>();
    for (const name of readdirSync(SEEDS)) {
      const seed = words(readFileSync(path.join(SEEDS, name), "utf8"));
      for (let i = 0; i + 10 <= seed.length; i++) shingles.add(seed.slice(i, i + 10).join(" "));
    }
    const files = ["rubric.yaml", ...["questions", "checklists", "roadmaps"].flatMap((dir) => readdirSync(path.join(REAL_CONTENT, dir)).map((f) => `${dir}/${f}`))];
    const copied: string[] = [];
    for (const file of files) {
      const text = words(readFileSync(path.join(REAL_CONTENT, file), "utf8"));
      for (let i = 0; i + 10 <= text.length; i++) {
        const run = text.slice(i, i + 10).join(" ");
        if (shingles.has(run)) copied.push(`${file}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
