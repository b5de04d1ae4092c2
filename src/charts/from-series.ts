// Turns reconciled series into the timeline chart's plain input (kept apart so timeline.ts stays dependency-free).
import { formatDay, formatFigure, pointFigure, upperBound, lowerBound } from "../reconcile/index.js";
import type { ReconciledClaim, Series } from "../reconcile/types.js";
import type { PointKind, TimelineLine } from "./timeline.js";

function pointKind(claim: ReconciledClaim): PointKind {
  if (claim.status === "verified") return "verified";
  if (claim.status === "estimate") return "estimate";
  return "reported";
}

/** One line per claimant for the series of one metric and population. */
export function timelineLines(series: Series[]): TimelineLine[] {
  return series.map((s) => ({
    name: s.claimant.name,
    points: s.points
      .filter((p) => p.asOf !== null)
      .map((p) => {
        const low = lowerBound(p);
        const high = upperBound(p);
        const ranged = p.qualifier === "range" && Number.isFinite(high);
        return {
          day: p.asOf!,
          value: pointFigure(p),
          ...(ranged ? { low, high } : {}),
          kind: pointKind(p),
          label: `${formatFigure(p)}, ${p.status.replace("_", " ")}, ${formatDay(p.asOf)}`,
        };
      }),
  }));
}
