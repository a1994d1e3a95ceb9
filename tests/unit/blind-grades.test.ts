import { describe, expect, it } from "vitest";
import { BLIND_WINDOW_MS, canReadGrade, gradesRevealed, revealsAt } from "@/lib/grading/blind";

const FINISH = Date.UTC(2026, 5, 1, 12);
const HOUR = 3_600_000;

describe("blind peer grades", () => {
  it("stay hidden until both sides have graded", () => {
    expect(gradesRevealed({ finishedAt: FINISH, selfSubmitted: true, peerSubmitted: false }, FINISH + HOUR)).toBe(false);
    expect(gradesRevealed({ finishedAt: FINISH, selfSubmitted: false, peerSubmitted: true }, FINISH + HOUR)).toBe(false);
    expect(gradesRevealed({ finishedAt: FINISH, selfSubmitted: true, peerSubmitted: true }, FINISH + HOUR)).toBe(true);
  });

  it("show anyway 48 hours after the finish, even if one side never graded", () => {
    const facts = { finishedAt: FINISH, selfSubmitted: false, peerSubmitted: true };
    expect(gradesRevealed(facts, FINISH + 48 * HOUR - 1)).toBe(false);
    expect(gradesRevealed(facts, FINISH + 48 * HOUR)).toBe(true);
    expect(revealsAt(FINISH)).toBe(FINISH + BLIND_WINDOW_MS);
  });

  it("never reveal anything of a round that has not finished", () => {
    expect(gradesRevealed({ finishedAt: null, selfSubmitted: true, peerSubmitted: true }, FINISH)).toBe(false);
    expect(revealsAt(null)).toBeNull();
  });

  it("always let a grader read their own grade, and another's only once revealed", () => {
    expect(canReadGrade({ graderId: "me" }, "me", false)).toBe(true);
    expect(canReadGrade({ graderId: "them" }, "me", false)).toBe(false);
    expect(canReadGrade({ graderId: "them" }, "me", true)).toBe(true);
  });
});
