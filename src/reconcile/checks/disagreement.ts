// Outlets citing the same claimant for the same day with figures that cannot both be right.
import { formatDay } from "../dates.js";
import { countNoun } from "../describe.js";
import { formatFigure, lowerBound, upperBound } from "../hedge.js";
import { outletsOf } from "../merge.js";
import type { Check, ReconciledClaim } from "../types.js";

/**
 * The claims whose hedged bounds cannot meet some other claim's in the group. Linear: a claim
 * conflicts iff another's upper bound is below its lower bound or another's lower bound above its upper.
 */
function conflicting(group: ReconciledClaim[]): ReconciledClaim[] {
  const lows = group.map(lowerBound);
  const highs = group.map(upperBound);
  const extremes = (values: number[], pick: (a: number, b: number) => boolean) => {
    let best = -1;
    let second = -1;
    values.forEach((value, i) => {
      if (best < 0 || pick(value, values[best]!)) [second, best] = [best, i];
      else if (second < 0 || pick(value, values[second]!)) second = i;
    });
    return { best, second };
  };
  const lowestHigh = extremes(highs, (a, b) => a < b);
  const highestLow = extremes(lows, (a, b) => a > b);
  const otherThan = (i: number, { best, second }: { best: number; second: number }) => (best === i ? second : best);
  return group.filter((_, i) => {
    const h = otherThan(i, lowestHigh);
    const l = otherThan(i, highestLow);
    return (h >= 0 && highs[h]! < lows[i]!) || (l >= 0 && lows[l]! > highs[i]!);
  });
}

/** Groups by claimant, metric, population, day and status: a verified count may differ from a reported one. */
export function checkOutletDisagreements(claims: ReconciledClaim[]): Check[] {
  const groups = new Map<string, ReconciledClaim[]>();
  for (const claim of claims) {
    if (!claim.mainEvent || claim.asOf === null || claim.unattributed) continue;
    const key = `${claim.claimant.key}|${claim.metric}|${claim.population}|${claim.asOf}|${claim.status}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const checks: Check[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const involved = conflicting(group);
    // One outlet's differing figures on one day are its own updates, not a disagreement between outlets.
    if (involved.length < 2 || new Set(involved.flatMap(outletsOf)).size < 2) continue;
    const { claimant, metric, population, asOf } = involved[0]!;
    const versions = involved.map((c) => `${formatFigure(c)} (${outletsOf(c).join(", ")})`).join(" vs ");
    checks.push({
      kind: "outlets_disagree",
      metric,
      explanation: `Outlets cite ${claimant.name} with different counts of ${countNoun(metric, population)} for ${formatDay(asOf)}: ${versions}.`,
      claims: involved,
    });
  }
  return checks;
}
