// A cumulative count that falls over time for the same claimant: the dead do not come back,
// so a later figure whose upper bound is below an earlier figure's lower bound needs explaining.
import type { Metric, Status } from "../../domain/claim.js";
import { citeClaim, countNoun, possessive } from "../describe.js";
import { lowerBound, upperBound } from "../hedge.js";
import type { Check, ReconciledClaim, Series } from "../types.js";

/** Counts that only grow; missing and displaced people can return, so those may fall. */
export const CUMULATIVE_METRICS = new Set<Metric>(["killed", "injured", "detained", "executed", "sentenced_to_death"]);

/**
 * Compares figures of the same status only: a verified count is a part of the reported one,
 * so "2,003 verified" after "2,571 reported" is not a fall.
 */
export function checkFallingCounts(series: Series[]): Check[] {
  const checks: Check[] = [];
  for (const { claimant, metric, population, points } of series) {
    if (!CUMULATIVE_METRICS.has(metric)) continue;
    const byStatus = new Map<Status, ReconciledClaim[]>();
    for (const point of points) {
      if (point.asOf === null) continue;
      const track = byStatus.get(point.status);
      if (track) track.push(point);
      else byStatus.set(point.status, [point]);
    }
    for (const track of byStatus.values()) {
      // Each day is compared with the day before it, so one stray figure is flagged once, not
      // against every later figure until the count catches up with it.
      let previousHighest: ReconciledClaim | null = null;
      let dayIndex = 0;
      while (dayIndex < track.length) {
        const day = track[dayIndex]!.asOf;
        let dayEnd = dayIndex;
        while (dayEnd < track.length && track[dayEnd]!.asOf === day) dayEnd++;
        const sameDay = track.slice(dayIndex, dayEnd);
        const earlier = previousHighest;
        const fallen = earlier ? sameDay.filter((later) => upperBound(later) < lowerBound(earlier)) : [];
        if (earlier && fallen.length > 0) {
          const lowest = fallen.reduce((low, claim) => (upperBound(claim) < upperBound(low) ? claim : low));
          checks.push({
            kind: "cumulative_falls",
            metric,
            explanation: `${possessive(claimant.name)} count of ${countNoun(metric, population)} falls from ${citeClaim(earlier)} to ${citeClaim(lowest)}; a cumulative count should not go down.`,
            claims: [earlier, ...fallen],
          });
        }
        previousHighest = sameDay.reduce((high, claim) => (lowerBound(claim) > lowerBound(high) ? claim : high));
        dayIndex = dayEnd;
      }
    }
  }
  return checks;
}
