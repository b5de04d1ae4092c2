// What other credible sources counted within a week of a figure, read from arrays built once per metric
// and population: grading every source against every other's counts must stay fast with many sources.
import { pointFigure } from "../hedge.js";
import type { ReconciledClaim } from "../types.js";
import { AGREEMENT_TOLERANCE, dayNumber, SAME_WEEK_DAYS, statedSpan } from "./credible.js";

export interface SameWeek {
  /** Per other source whose count agrees with the figure, its agreeing count nearest in time (nearest first); and those a government gave. */
  agreeing: ReconciledClaim[];
  conceding: ReconciledClaim[];
  /** How many other sources counted that week, and the range of their figures. */
  sources: number;
  low: number;
  high: number;
  /** Every count of the other sources that week, oldest first. */
  others: () => ReconciledClaim[];
}

/** The first index whose value is at least `value` (values ascending). */
function firstAtLeast(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Looks up, for any figure, the other credible sources' counts within a week either side of its day. */
export function sameWeekIndex(countsByDay: ReconciledClaim[]): (claim: ReconciledClaim) => SameWeek {
  const n = countsByDay.length;
  const days = new Float64Array(n);
  const lows = new Float64Array(n);
  const highs = new Float64Array(n);
  const points = new Float64Array(n);
  const sourceOf = new Int32Array(n);
  const sourceNumbers = new Map<string, number>();
  countsByDay.forEach((claim, i) => {
    days[i] = dayNumber(claim.asOf!);
    [lows[i], highs[i]] = statedSpan(claim);
    points[i] = pointFigure(claim);
    let source = sourceNumbers.get(claim.claimant.key);
    if (source === undefined) sourceNumbers.set(claim.claimant.key, (source = sourceNumbers.size));
    sourceOf[i] = source;
  });
  // Each lookup stamps the sources it meets, so counting distinct sources allocates nothing.
  const seen = new Int32Array(sourceNumbers.size).fill(-1);
  const agreed = new Int32Array(sourceNumbers.size).fill(-1);
  const nearestAgreeing = new Int32Array(sourceNumbers.size);
  let stamp = 0;

  return (claim) => {
    const day = dayNumber(claim.asOf!);
    const own = sourceNumbers.get(claim.claimant.key) ?? -1;
    const [low, high] = statedSpan(claim);
    const start = firstAtLeast(days, day - SAME_WEEK_DAYS);
    const end = firstAtLeast(days, day + SAME_WEEK_DAYS + 1);
    const found: SameWeek = { agreeing: [], conceding: [], sources: 0, low: Infinity, high: -Infinity, others: () => countsByDay.slice(start, end).filter((c) => c.claimant.key !== claim.claimant.key) };
    stamp++;
    const agreeingSources: number[] = [];
    for (let i = start; i < end; i++) {
      const source = sourceOf[i]!;
      if (source === own) continue;
      if (seen[source] !== stamp) {
        seen[source] = stamp;
        found.sources++;
      }
      found.low = Math.min(found.low, points[i]!);
      found.high = Math.max(found.high, points[i]!);
      if (Math.max(low, lows[i]!) * (1 - AGREEMENT_TOLERANCE) > Math.min(high, highs[i]!)) continue;
      if (agreed[source] !== stamp) {
        agreed[source] = stamp;
        nearestAgreeing[source] = i;
        agreeingSources.push(source);
      } else if (Math.abs(days[i]! - day) < Math.abs(days[nearestAgreeing[source]!]! - day)) nearestAgreeing[source] = i;
    }
    const distance = (i: number) => Math.abs(days[i]! - day);
    for (const i of agreeingSources.map((source) => nearestAgreeing[source]!).sort((a, b) => distance(a) - distance(b))) {
      const other = countsByDay[i]!;
      (other.claimant.kind === "government" ? found.conceding : found.agreeing).push(other);
    }
    return found;
  };
}
