import { describe, expect, it } from "vitest";
import { reconcile } from "../../reconcile/index.js";
import { storedClaim } from "../../reconcile/stored-claim-fixture.js";
import type { Series } from "../../reconcile/types.js";
import { assignColours, preferredColour } from "./colours.js";
import { seriesColours, timelineLines } from "./from-series.js";
import { PALETTE, renderTimeline } from "./timeline.js";

const TODAY = "2026-03-01";

/** The stroke of each line in an SVG chart, by the claimant it belongs to. */
function strokes(svg: string): Map<string, string> {
  return new Map([...svg.matchAll(/<g class="series" data-claimant="([^"]+)"[^>]*><path [^>]*stroke="(#[0-9a-f]{6})"/g)].map((m) => [m[1]!, m[2]!]));
}

describe("claimant colours", () => {
  // Forty named monitors: enough that some ask for the same colour.
  const monitors = Array.from({ length: 40 }, (_, i) => `Monitor ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? "x" : ""}`);
  const keyed = reconcile(monitors.map((name, i) => storedClaim({ metric: "killed", min: 10 + i, claimant: name, asOf: "2026-01-10" })), { today: TODAY }).series;
  const keyOf = (name: string) => keyed.find((s) => s.claimant.name === name)!.claimant.key;
  // Two monitors whose keys ask for the same colour.
  const [weaker, stronger] = (() => {
    for (const a of monitors) for (const b of monitors) if (a < b && preferredColour(keyOf(a)) === preferredColour(keyOf(b))) return [a, b];
    throw new Error("no two keys share a colour");
  })();

  it("keeps one colour for a claimant in every chart of an event, whatever else each chart holds", () => {
    const claims = [
      // killed: both monitors (the stronger with more points), HRANA and Hengaw
      storedClaim({ metric: "killed", min: 100, claimant: stronger, asOf: "2026-01-10" }),
      storedClaim({ metric: "killed", min: 200, claimant: stronger, asOf: "2026-01-12" }),
      storedClaim({ metric: "killed", min: 300, claimant: stronger, asOf: "2026-01-14" }),
      storedClaim({ metric: "killed", min: 150, claimant: weaker, asOf: "2026-01-11" }),
      storedClaim({ metric: "killed", min: 500, claimant: "HRANA", asOf: "2026-01-10", status: "verified" }),
      storedClaim({ metric: "killed", min: 900, claimant: "Hengaw", asOf: "2026-01-13" }),
      // detained: the weaker monitor alone with HRANA, in another order
      storedClaim({ metric: "detained", min: 40, claimant: weaker, asOf: "2026-01-12" }),
      storedClaim({ metric: "detained", min: 2000, claimant: "HRANA", asOf: "2026-01-13" }),
    ];
    const { series } = reconcile(claims, { today: TODAY });
    const colours = seriesColours(series);
    const chart = (metric: string) => strokes(renderTimeline(timelineLines(series.filter((s) => s.metric === metric), colours)));
    const killed = chart("killed");
    const detained = chart("detained");
    expect(killed.get(weaker)).toBe(detained.get(weaker));
    expect(killed.get("HRANA")).toBe(detained.get("HRANA"));
    expect(new Set(killed.values()).size).toBe(killed.size);
    // The one with more points keeps the colour its key asks for.
    expect(killed.get(stronger)).toBe(PALETTE[preferredColour(keyOf(stronger))]);
    expect(killed.get(weaker)).not.toBe(killed.get(stronger));
  });

  it("depends on the set of claimants only, not on the order they come in", () => {
    const claimants = monitors.slice(0, 12).map((key, i) => ({ key, weight: i % 3 }));
    const forward = assignColours(claimants);
    const backward = assignColours([...claimants].reverse());
    expect([...backward].sort()).toEqual([...forward].sort());
    expect(new Set(forward.values()).size).toBe(12);
  });

  it("uses colours a reader can see on white (contrast 3:1 or more)", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(PALETTE.length).toBeGreaterThanOrEqual(12);
    for (const colour of PALETTE) expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(3);
  });
});

describe("timelineLines", () => {
  const hrana = (claims: Parameters<typeof storedClaim>[0][]): Series[] => reconcile(claims.map(storedClaim), { today: TODAY }).series;

  it("draws a source's verified and under-review figures as two lines of one colour", () => {
    const series = hrana([
      { metric: "killed", min: 646, claimant: "HRANA", status: "verified", asOf: "2026-01-12" },
      { metric: "killed", min: 2403, claimant: "HRANA", status: "verified", asOf: "2026-01-14" },
      { metric: "killed", min: 9000, claimant: "HRANA", status: "under_review", asOf: "2026-01-13" },
      { metric: "killed", min: 12000, claimant: "HRANA", status: "under_review", asOf: "2026-01-14" },
    ]);
    const lines = timelineLines(series);
    expect(lines.map((l) => [l.name, l.dash, l.points.map((p) => p.value)])).toEqual([
      ["HRANA (verified)", "solid", [646, 2403]],
      ["HRANA (under review)", "dashed", [9000, 12000]],
    ]);
    expect(lines[0]!.color).toBe(lines[1]!.color);
    const svg = renderTimeline(lines);
    expect(svg).toContain(">HRANA (verified)</text>");
    expect(svg).toContain(">HRANA (under review)</text>");
    expect(svg.match(/<g class="series"/g)).toHaveLength(2);
  });

  it("keeps a source with one kind of figure as one line under its own name", () => {
    const lines = timelineLines(hrana([
      { metric: "killed", min: 10, claimant: "Hengaw", asOf: "2026-01-12" },
      { metric: "killed", min: 20, claimant: "Hengaw", status: "estimate", asOf: "2026-01-13" },
    ]));
    expect(lines.map((l) => [l.name, l.dash, l.points.map((p) => p.kind)])).toEqual([["Hengaw", "solid", ["reported", "estimate"]]]);
  });

  it("says in a point's tooltip that a reviewer corrected the figure", () => {
    const lines = timelineLines(hrana([{ metric: "killed", min: 987654, claimant: "HRANA", asOf: "2026-01-12", reviewState: "corrected" }]));
    expect(lines[0]!.points[0]!.label).toMatch(/^987,654 \(corrected\)/);
  });
});
