// Runs every consistency check over reconciled claims and their series.
import { METRICS } from "../../domain/claim.js";
import { claimsByMetric, claimsInScope, latestPerClaimant } from "../latest.js";
import type { Check, ReconciledClaim, Series } from "../types.js";
import { checkBreakdowns } from "./breakdown.js";
import { checkOutletDisagreements } from "./disagreement.js";
import { checkFallingCounts } from "./falling.js";
import { checkOutliers } from "./outlier.js";

export { checkBreakdowns, checkFallingCounts, checkOutletDisagreements, checkOutliers };

/** All checks, in a stable order: breakdowns, falls, disagreements, outliers (totals only). */
export function runChecks(claims: ReconciledClaim[], series: Series[], today: string): Check[] {
  const byMetric = claimsByMetric(claims);
  const outliers = METRICS.flatMap((metric) => checkOutliers(latestPerClaimant(claimsInScope(byMetric.get(metric) ?? [], metric, "all", today))));
  return [...checkBreakdowns(claims), ...checkFallingCounts(series), ...checkOutletDisagreements(claims), ...outliers];
}
