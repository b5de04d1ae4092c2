// Turns reconciled series into the timeline chart's plain input (kept apart so timeline.ts stays dependency-free):
// a claimant's verified and under-review figures become lines of their own, in the claimant's colour.
import { formatDay, formatFigure, pointFigure, upperBound, lowerBound } from "../../reconcile/index.js";
import type { ReconciledClaim, Series } from "../../reconcile/types.js";
import { assignColours } from "./colours.js";
import { PALETTE, type LineDash, type PointKind, type TimelineLine } from "./timeline.js";

function pointKind(claim: ReconciledClaim): PointKind {
  if (claim.status === "verified" || claim.status === "under_review" || claim.status === "estimate") return claim.status;
  return "reported";
}

/**
 * Verified counts, counts under review and everything else are different series of one source
 * (HRANA's "2,403 verified" and "12,000 under review" are not one count going up and down).
 */
const GROUPS = [
  { name: "verified", dash: "solid", holds: (kind: PointKind) => kind === "verified" },
  { name: "under review", dash: "dashed", holds: (kind: PointKind) => kind === "under_review" },
  { name: "reported", dash: "dotted", holds: (kind: PointKind) => kind === "estimate" || kind === "reported" },
] as const;

/** Colours for every claimant of a set of series (an event's): pass the same map to each of its charts. */
export function seriesColours(series: Series[]): Map<string, string> {
  return assignColours(series.map((s) => ({ key: s.claimant.key, weight: s.points.length })));
}

function chartPoint(p: ReconciledClaim) {
  const low = lowerBound(p);
  const high = upperBound(p);
  const ranged = p.qualifier === "range" && Number.isFinite(high);
  return {
    day: p.asOf!,
    value: pointFigure(p),
    ...(ranged ? { low, high } : {}),
    kind: pointKind(p),
    label: `${formatFigure(p)}${p.corrected ? " (corrected)" : ""}, ${p.status.replace("_", " ")}, ${formatDay(p.asOf)}`,
  };
}

/**
 * The lines for the series of one metric and population: one per claimant and kind of count, named
 * "HRANA (verified)" / "HRANA (under review)" when a claimant has more than one. Colours come from
 * `colours` (see seriesColours); two claimants that share one there are told apart within the chart.
 */
export function timelineLines(series: Series[], colours: Map<string, string> = seriesColours(series)): TimelineLine[] {
  const lines: TimelineLine[] = [];
  const used = new Map<string, string>();
  for (const s of series) {
    let colour = colours.get(s.claimant.key) ?? PALETTE[0]!;
    const owner = used.get(colour);
    if (owner !== undefined && owner !== s.claimant.key) colour = PALETTE.find((c) => !used.has(c)) ?? colour;
    used.set(colour, s.claimant.key);
    const points = s.points.filter((p) => p.asOf !== null).map(chartPoint);
    const groups = GROUPS.map((group) => ({ group, points: points.filter((p) => group.holds(p.kind)) })).filter((g) => g.points.length > 0);
    const alone = groups.length === 1;
    for (const { group, points: groupPoints } of groups) {
      const dash: LineDash = alone && group.dash === "dotted" ? "solid" : group.dash;
      // The third group says what it holds: "estimate" when every point is one.
      const word = group.dash === "dotted" && groupPoints.every((p) => p.kind === "estimate") ? "estimate" : group.name;
      lines.push({ name: alone ? s.claimant.name : `${s.claimant.name} (${word})`, claimant: s.claimant.name, color: colour, dash, points: groupPoints });
    }
  }
  return lines;
}
