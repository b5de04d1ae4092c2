// Runs every consistency check over reconciled claims and their series.
import type { Check, ReconciledClaim, Series } from "../types.js";
import { checkBreakdowns } from "./breakdown.js";
import { checkOutletDisagreements } from "./disagreement.js";
import { checkFallingCounts } from "./falling.js";
import { checkOutliers } from "./outlier.js";

export { checkBreakdowns, checkFallingCounts, checkOutletDisagreements, checkOutliers };

/** All checks, in a stable order: breakdowns, falls, disagreements, then outliers ranked most severe first. */
export function runChecks(claims: ReconciledClaim[], series: Series[], today: string): Check[] {
  return [...checkBreakdowns(claims), ...checkFallingCounts(series), ...checkOutletDisagreements(claims), ...checkOutliers(claims, today)];
}
