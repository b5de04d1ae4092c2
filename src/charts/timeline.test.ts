import { describe, expect, it } from "vitest";
import { niceTicks, renderTimeline } from "./timeline.js";

describe("renderTimeline", () => {
  it("draws one series per claimant with verified points filled and estimates hollow", () => {
    const svg = renderTimeline([
      { name: "HRANA", points: [{ day: "2026-01-10", value: 500, kind: "verified", label: "500" }, { day: "2026-01-14", value: 2403, kind: "verified", label: "2,403" }] },
      { name: "<Officials>", points: [{ day: "2026-01-13", value: 3000, kind: "estimate", label: "about 3,000" }] },
    ]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<g class="series"/g)).toHaveLength(2);
    expect(svg.match(/class="pt verified"/g)!.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('class="pt estimate"');
    expect(svg).toContain("&lt;Officials&gt;");
    expect(svg).not.toContain("<Officials>");
  });

  it("says so when there is nothing to draw", () => {
    expect(renderTimeline([])).toContain("No dated figures");
  });

  it("picks round ticks", () => {
    expect(niceTicks(2403)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
