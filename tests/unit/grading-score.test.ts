import { describe, expect, it } from "vitest";
import { checkGradeAgainstRubric, scoreLevels } from "@/lib/grading/score";
import { allLevels, realRubric } from "../factories/rubric";

const rubric = realRubric();

describe("scoring a grade", () => {
  it("maps uniform levels to their own hiring signal", () => {
    expect(scoreLevels(rubric, allLevels(rubric, 1))).toMatchObject({ overallScore: 1, overallLevel: 1, signal: "no_hire" });
    expect(scoreLevels(rubric, allLevels(rubric, 2))).toMatchObject({ overallScore: 2, signal: "lean_no_hire" });
    expect(scoreLevels(rubric, allLevels(rubric, 3))).toMatchObject({ overallScore: 3, signal: "hire" });
    expect(scoreLevels(rubric, allLevels(rubric, 4))).toMatchObject({ overallScore: 4, overallLevel: 4, signal: "strong_hire" });
  });

  it("weights the deep dive more than the other dimensions", () => {
    const deepHeavy = { ...allLevels(rubric, 2), deep_dive: 4 };
    const otherHeavy = { ...allLevels(rubric, 2), communication: 4 };
    expect(scoreLevels(rubric, deepHeavy).overallScore).toBeGreaterThan(scoreLevels(rubric, otherHeavy).overallScore);
    // 2 x 5 dimensions + 4 x 1.5 over a total weight of 6.5
    expect(scoreLevels(rubric, deepHeavy).overallScore).toBeCloseTo((2 * 5 + 4 * 1.5) / 6.5, 2);
  });

  it("uses the rubric's thresholds at their boundaries", () => {
    const hire = rubric.signalThresholds.find((t) => t.signal === "hire")!.minScore;
    const mixed = { ...allLevels(rubric, 3), requirements: 2 }; // just under 3
    const score = scoreLevels(rubric, mixed).overallScore;
    expect(scoreLevels(rubric, mixed).signal).toBe(score >= hire ? "hire" : "lean_no_hire");
  });

  it("refuses grades that skip a dimension, invent one, or tick key points that do not exist", () => {
    const counts = { clarify: 6 };
    const base = { notes: {}, keyPoints: {}, reflection: "" };
    expect(() => checkGradeAgainstRubric(rubric, { ...base, levels: { requirements: 3 } }, counts)).toThrow(/choose a level for/);
    expect(() => checkGradeAgainstRubric(rubric, { ...base, levels: { ...allLevels(rubric, 3), charisma: 4 } }, counts)).toThrow(/charisma: is not a dimension/);
    expect(() => checkGradeAgainstRubric(rubric, { ...base, levels: allLevels(rubric, 3), keyPoints: { clarify: [9] } }, counts)).toThrow(/key point this question does not have/);
    expect(() => checkGradeAgainstRubric(rubric, { ...base, levels: allLevels(rubric, 3), keyPoints: { clarify: [0, 5] } }, counts)).not.toThrow();
  });
});
