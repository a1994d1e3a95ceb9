import { describe, expect, it } from "vitest";
import type { FinishedPractice } from "@/lib/readiness/practice-history";
import { rubricVersionsNote } from "@/lib/readiness/rubric-versions-note";
import { firstRubric, realRubric } from "../factories/rubric";

const rubrics = new Map([
  [1, firstRubric()],
  [2, realRubric()],
]);
const graded = (version: number) => ({ grade: { overallScore: 3, levels: {}, rubricVersion: version }, peerGrade: null }) as unknown as FinishedPractice;

describe("comparing grades across rubric versions", () => {
  it("says nothing while every grade is on the current version", () => {
    expect(rubricVersionsNote([graded(2), graded(2)], rubrics)).toBeNull();
    expect(rubricVersionsNote([], rubrics)).toBeNull();
  });

  it("names the dimensions older grades cannot be compared on, and warns about overall scores", () => {
    const note = rubricVersionsNote([graded(1), graded(1), graded(2)], rubrics)!;
    expect(note).toContain("2 sessions graded on rubric version 1 have no level for Operational excellence and Driving the interview, added in version 2");
    expect(note).toContain("compare dimensions rather than overall scores");
  });
});
