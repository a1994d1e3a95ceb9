import { thresholdScore } from "@/lib/grading/rubric-schema";
import { describe, expect, it } from "vitest";
import { checkGradeAgainstRubric, scoreLevels } from "@/lib/grading/score";
import { allLevels, firstRubric, realRubric } from "../factories/rubric";

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
    // Total weight 8.5: the deep dive's 1.5 at level 4, the other 7 at level 2.
    expect(scoreLevels(rubric, deepHeavy).overallScore).toBeCloseTo((2 * 7 + 4 * 1.5) / 8.5, 2);
    // Estimation counts least: a 4 there moves the score less than a 4 in the design.
    const estimationHeavy = { ...allLevels(rubric, 2), estimation: 4 };
    const designHeavy = { ...allLevels(rubric, 2), high_level_design: 4 };
    expect(scoreLevels(rubric, estimationHeavy).overallScore).toBeLessThan(scoreLevels(rubric, designHeavy).overallScore);
  });

  it("reads the same grade against the bar of the level aimed for", () => {
    // 2.76 overall: a hire at mid and senior level, not at staff.
    const grade = { ...allLevels(rubric, 3), requirements: 2, communication: 2, trade_offs: 3, driving: 3, estimation: 3 };
    const score = scoreLevels(rubric, grade, "senior").overallScore;
    expect(score).toBeGreaterThanOrEqual(2.75);
    expect(score).toBeLessThan(3);
    expect(scoreLevels(rubric, grade, "mid")).toMatchObject({ signal: "hire", target: "mid" });
    expect(scoreLevels(rubric, grade, "senior")).toMatchObject({ signal: "hire", target: "senior" });
    expect(scoreLevels(rubric, grade, "staff")).toMatchObject({ signal: "lean_no_hire", target: "staff", cappedBy: null });
    expect(scoreLevels(rubric, grade).target).toBe("senior");
  });

  it("caps the signal by the floor rules, whatever the average", () => {
    // Strong everywhere but one dimension at 1: lean no hire at every level.
    const oneWeak = { ...allLevels(rubric, 4), estimation: 1 };
    for (const target of ["mid", "senior", "staff"] as const) {
      const result = scoreLevels(rubric, oneWeak, target);
      expect(result.overallScore).toBeGreaterThan(3.5);
      expect(result).toMatchObject({ signal: "lean_no_hire", cappedBy: expect.stringContaining("A 1 on any dimension") });
    }
    // A 1 on deep-dive depth is a no hire for senior and staff, a lean no hire for mid-level.
    const shallow = { ...allLevels(rubric, 4), deep_dive: 1 };
    expect(scoreLevels(rubric, shallow, "mid")).toMatchObject({ signal: "lean_no_hire" });
    expect(scoreLevels(rubric, shallow, "senior")).toMatchObject({ signal: "no_hire", cappedBy: expect.stringContaining("deep-dive depth") });
    expect(scoreLevels(rubric, shallow, "staff")).toMatchObject({ signal: "no_hire" });
    // No 1 anywhere: no cap.
    expect(scoreLevels(rubric, allLevels(rubric, 2)).cappedBy).toBeNull();
  });

  it("scores version 1 grades as they were scored, with one bar and no floors", () => {
    const v1 = firstRubric();
    const grade = { ...allLevels(v1, 4), estimation: 1 };
    for (const target of ["mid", "senior", "staff"] as const) {
      expect(scoreLevels(v1, grade, target)).toMatchObject({ overallScore: 3.54, signal: "strong_hire", cappedBy: null });
    }
  });

  it("uses the rubric's thresholds at their boundaries", () => {
    const hire = thresholdScore(rubric.signalThresholds.find((t) => t.signal === "hire")!, "senior");
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
