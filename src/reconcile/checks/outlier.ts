// A claimant's latest figure more than 3× away from the median of other claimants' figures for the
// same count in the same week. Hedges count: "at least 12,000" is high only if 12,000 already is;
// "up to 500" is low only if 500 is. Flags are ranked by how far off they are, most severe first.
import { METRICS, POPULATIONS } from "../../domain/claim.js";
import { addDays, daysBetween } from "../dates.js";
import { citeClaim, countNoun } from "../describe.js";
import { formatNumber, lowerBound, pointFigure, upperBound } from "../hedge.js";
import { isLater, latestPerClaimant, median } from "../latest.js";
import type { Check, ReconciledClaim } from "../types.js";

export const OUTLIER_FACTOR = 3;
/** A median of one other figure says little; ask for at least two. */
export const MIN_OTHER_CLAIMANTS = 2;
/** Figures are compared with others whose as-of day is at most this many days away. */
export const SAME_WEEK_DAYS = 7;
/** A period this many times as long, and this many days longer, than another's is not comparable with it. */
export const LONGER_PERIOD_FACTOR = 4;
export const LONGER_PERIOD_DAYS = 30;

/*
 * Like with like. Two figures are compared only when they count the same thing: the same metric and
 * population about the main event; the same kind of figure (an estimate of everyone who died, counted or
 * not, against other estimates; counts against counts); as-of days within a week of each other; and
 * comparable periods. The claims carry no start date, but a claimant's own figures show how far back its
 * counting reaches: a figure covers at least the time from its claimant's first figure for the metric
 * (background figures about earlier stages included) to its as-of day. A count running over years of a war
 * is not an outlier beside the toll of one attack, so when one period is much longer than the other
 * (LONGER_PERIOD_FACTOR times, and LONGER_PERIOD_DAYS more) the two are not compared.
 */

type FigureKind = "count" | "estimate";
const kindOf = (claim: ReconciledClaim): FigureKind => (claim.status === "estimate" ? "estimate" : "count");

/** The first day each claimant gave a figure for each metric, from every dated claim known by today. */
function countingSince(claims: ReconciledClaim[], today: string): Map<string, string> {
  const since = new Map<string, string>();
  for (const claim of claims) {
    if (claim.asOf === null || claim.asOf > today) continue;
    const key = `${claim.claimant.key}|${claim.metric}`;
    const first = since.get(key);
    if (first === undefined || claim.asOf < first) since.set(key, claim.asOf);
  }
  return since;
}

/** Each claimant's latest figure per as-of day, oldest first: what it said that day. */
function dailyFigures(group: ReconciledClaim[]): Map<string, ReconciledClaim[]> {
  const byClaimant = new Map<string, Map<string, ReconciledClaim>>();
  for (const claim of group) {
    const days = byClaimant.get(claim.claimant.key) ?? new Map<string, ReconciledClaim>();
    byClaimant.set(claim.claimant.key, days);
    const current = days.get(claim.asOf!);
    if (!current || isLater(claim, current)) days.set(claim.asOf!, claim);
  }
  return new Map([...byClaimant].map(([key, days]) => [key, [...days.values()].sort((a, b) => (a.asOf! < b.asOf! ? -1 : 1))]));
}

/** A claimant's latest figure dated on or before `until` and on or after `from`, if any. */
function latestBetween(days: ReconciledClaim[], from: string, until: string): ReconciledClaim | null {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]!.asOf! <= until) low = middle + 1;
    else high = middle;
  }
  const found = days[low - 1];
  return found && found.asOf! >= from ? found : null;
}

function outliersInGroup(group: ReconciledClaim[], since: Map<string, string>): Check[] {
  const daily = dailyFigures(group);
  const period = (claim: ReconciledClaim) => daysBetween(since.get(`${claim.claimant.key}|${claim.metric}`) ?? claim.asOf!, claim.asOf!) + 1;
  const comparable = (a: number, b: number) => {
    const [short, long] = a < b ? [a, b] : [b, a];
    return !(long > LONGER_PERIOD_FACTOR * short && long - short > LONGER_PERIOD_DAYS);
  };
  const checks: Check[] = [];
  for (const claim of latestPerClaimant(group)) {
    const from = addDays(claim.asOf!, -SAME_WEEK_DAYS);
    const until = addDays(claim.asOf!, SAME_WEEK_DAYS);
    const own = period(claim);
    const others: ReconciledClaim[] = [];
    for (const [key, days] of daily) {
      if (key === claim.claimant.key) continue;
      const other = latestBetween(days, from, until);
      if (other && comparable(own, period(other))) others.push(other);
    }
    if (others.length < MIN_OTHER_CLAIMANTS) continue;
    const middle = median(others.map(pointFigure));
    if (middle <= 0) continue;
    const high = lowerBound(claim) > OUTLIER_FACTOR * middle;
    const low = upperBound(claim) * OUTLIER_FACTOR < middle;
    if (!high && !low) continue;
    const ratio = high ? lowerBound(claim) / middle : middle / Math.max(upperBound(claim), 1);
    const figures = kindOf(claim) === "estimate" ? "estimates" : "counts";
    checks.push({
      kind: "outlier",
      metric: claim.metric,
      explanation:
        `${citeClaim(claim)} is ${ratio.toFixed(1)}× ${high ? "above" : "below"} the median (${formatNumber(Math.round(middle))}) of ${others.length} other claimants' ` +
        `${figures} of ${countNoun(claim.metric, claim.population)} within a week of it.`,
      claims: [claim, ...others.sort((a, b) => pointFigure(b) - pointFigure(a))],
      severity: Math.log10(ratio),
    });
  }
  return checks;
}

/** Outliers among the main event's figures known by today, like compared with like, most severe first. */
export function checkOutliers(claims: ReconciledClaim[], today: string): Check[] {
  const since = countingSince(claims, today);
  const groups = new Map<string, ReconciledClaim[]>();
  for (const claim of claims) {
    if (!claim.mainEvent || claim.asOf === null || claim.asOf > today) continue;
    const key = `${claim.metric}|${claim.population}|${kindOf(claim)}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const order = (key: string) => {
    const [metric, population, kind] = key.split("|");
    return METRICS.indexOf(metric as never) * 100 + POPULATIONS.indexOf(population as never) * 2 + (kind === "estimate" ? 1 : 0);
  };
  const checks = [...groups.keys()].sort((a, b) => order(a) - order(b)).flatMap((key) => outliersInGroup(groups.get(key)!, since));
  return checks.sort((a, b) => b.severity! - a.severity!);
}
