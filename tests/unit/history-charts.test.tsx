import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AttemptsComparison } from "@/components/history/attempts-comparison";
import { PhaseTimeChart } from "@/components/history/phase-time-chart";
import { phaseTimes } from "@/lib/history/phase-times";
import type { Attempt } from "@/lib/history/queries";
import { DEFAULT_PLAN } from "@/lib/sessions/plan";

const MIN = 60_000;

describe("review charts", () => {
  it("draws planned against spent per phase, with overtime in red and unreached phases marked", () => {
    const phases = phaseTimes({ startedAt: 0, plan: DEFAULT_PLAN, advances: [7 * MIN, 12 * MIN], finishedAt: 15 * MIN }, 99 * MIN);
    expect(phases.map((p) => [p.key, p.spentMs / MIN, p.overtimeMs / MIN, p.reached])).toEqual([
      ["clarify", 7, 2, true],
      ["estimate", 5, 0, true],
      ["high_level", 3, 0, true],
      ["deep_dive", 0, 0, false],
      ["trade_offs", 0, 0, false],
    ]);
    const svg = renderToStaticMarkup(<PhaseTimeChart phases={phases} />);
    expect(svg.match(/data-overtime="true"/g)).toHaveLength(1);
    expect(svg).toContain("bg-rose-600");
    expect(svg).toContain("07:00 spent (+02:00)");
    expect(svg).toContain("not reached");
    expect(svg).toMatch(/role="img" aria-label="Time per phase\. Clarify requirements: planned 05:00, spent 07:00, 02:00 over;/);
  });

  it("compares self-grade levels across attempts, linking to the others", () => {
    const attempts: Attempt[] = [
      { id: "a", status: "finished", startedAt: Date.UTC(2025, 0, 2), overallScore: 2, rubricVersion: 1, levels: { requirements: 2 } },
      { id: "b", status: "finished", startedAt: Date.UTC(2025, 0, 9), overallScore: null, rubricVersion: null, levels: {} },
      { id: "c", status: "finished", startedAt: Date.UTC(2025, 0, 12), overallScore: 3.5, rubricVersion: 1, levels: { requirements: 4 } },
    ];
    const html = renderToStaticMarkup(<AttemptsComparison attempts={attempts} rubric={null} currentId="c" />);
    expect(html).toContain('href="/history/a"');
    expect(html).toContain('href="/history/b"');
    expect(html).not.toContain('href="/history/c"');
    expect(html).toContain("#3 (this one)");
    expect(html).toContain("not graded");
    expect(html).toContain("<polyline");
    expect(renderToStaticMarkup(<AttemptsComparison attempts={attempts.slice(0, 1)} rubric={null} currentId="a" />)).toContain("only attempt");
  });
});
