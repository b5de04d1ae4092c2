// A claimant's latest figure more than 3× away from the median of the other claimants' latest figures.
// Hedges count: "at least 12,000" is high only if 12,000 already is; "up to 500" is low only if 500 is.
import { citeClaim, countNoun } from "../describe.js";
import { formatNumber, lowerBound, pointFigure, upperBound } from "../hedge.js";
import { median } from "../latest.js";
import type { Check, ReconciledClaim } from "../types.js";

export const OUTLIER_FACTOR = 3;
/** A median of one other figure says little; ask for at least two. */
export const MIN_OTHER_CLAIMANTS = 2;

/** Expects each claimant's latest figure for one metric and population. */
export function checkOutliers(latest: ReconciledClaim[]): Check[] {
  const checks: Check[] = [];
  for (const claim of latest) {
    const others = latest.filter((other) => other.claimant.key !== claim.claimant.key);
    if (others.length < MIN_OTHER_CLAIMANTS) continue;
    const middle = median(others.map(pointFigure));
    if (middle <= 0) continue;
    const high = lowerBound(claim) > OUTLIER_FACTOR * middle;
    const low = upperBound(claim) * OUTLIER_FACTOR < middle;
    if (!high && !low) continue;
    const ratio = high ? lowerBound(claim) / middle : middle / Math.max(upperBound(claim), 1);
    checks.push({
      kind: "outlier",
      metric: claim.metric,
      explanation: `${citeClaim(claim)} is ${ratio.toFixed(1)}× ${high ? "above" : "below"} the median (${formatNumber(middle)}) of the ${others.length} other claimants' latest counts of ${countNoun(claim.metric, claim.population)}.`,
      claims: [claim, ...others],
    });
  }
  return checks;
}
