// A claimant's latest figure more than 3× away from the median of other claimants' figures for the
// same count in the same week. Hedges count: "at least 12,000" is high only if 12,000 already is;
// "up to 500" is low only if 500 is. Flags are ranked by how far off they are, most severe first.
import { METRICS, POPULATIONS, type Metric, type Population } from "../../domain/claim.js";
import { addDays, daysBetween } from "../dates.js";
import { citeClaim, countNoun } from "../describe.js";
import { formatNumber, lowerBound, pointFigure, upperBound } from "../hedge.js";
import { isLater, median } from "../latest.js";
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

/** One claimant's figures in one group, one per as-of day (its latest that day), oldest first. */
type Daily = ReconciledClaim[];

function daily(claims: ReconciledClaim[]): Daily {
  claims.sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : 0));
  const days: Daily = [];
  for (const claim of claims) {
    const last = days[days.length - 1];
    if (last && last.asOf === claim.asOf) {
      if (isLater(claim, last)) days[days.length - 1] = claim;
    } else days.push(claim);
  }
  return days;
}

/** A claimant's latest figure dated from `from` to `until`, if any. */
function latestBetween(days: Daily, from: string, until: string): ReconciledClaim | null {
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

/** Each claimant's daily figures in one group: same metric, population and kind of figure. */
type Group = Map<string, ReconciledClaim[]>;

function outliersInGroup(group: Group, period: (claim: ReconciledClaim) => number): Check[] {
  const byClaimant = [...group].map(([key, claims]) => [key, daily(claims)] as const);
  const comparable = (a: number, b: number) => {
    const [short, long] = a < b ? [a, b] : [b, a];
    return !(long > LONGER_PERIOD_FACTOR * short && long - short > LONGER_PERIOD_DAYS);
  };
  const checks: Check[] = [];
  for (const [key, days] of byClaimant) {
    const claim = days[days.length - 1]!;
    const from = addDays(claim.asOf!, -SAME_WEEK_DAYS);
    const until = addDays(claim.asOf!, SAME_WEEK_DAYS);
    const own = period(claim);
    const others: ReconciledClaim[] = [];
    for (const [otherKey, otherDays] of byClaimant) {
      if (otherKey === key) continue;
      const other = latestBetween(otherDays, from, until);
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
  // The first day each claimant gave a figure for each metric, background figures included.
  const since = new Map<Metric, Map<string, string>>();
  // metric → population → kind of figure → claimant → figures
  const groups = new Map<Metric, Map<Population, Record<FigureKind, Group>>>();
  for (const claim of claims) {
    if (claim.asOf === null || claim.asOf > today) continue;
    let firsts = since.get(claim.metric);
    if (!firsts) since.set(claim.metric, (firsts = new Map()));
    const first = firsts.get(claim.claimant.key);
    if (first === undefined || claim.asOf < first) firsts.set(claim.claimant.key, claim.asOf);
    if (!claim.mainEvent) continue;
    let byPopulation = groups.get(claim.metric);
    if (!byPopulation) groups.set(claim.metric, (byPopulation = new Map()));
    let byKind = byPopulation.get(claim.population);
    if (!byKind) byPopulation.set(claim.population, (byKind = { count: new Map(), estimate: new Map() }));
    const group = byKind[kindOf(claim)];
    const figures = group.get(claim.claimant.key);
    if (figures) figures.push(claim);
    else group.set(claim.claimant.key, [claim]);
  }
  const periods = new Map<ReconciledClaim, number>();
  const period = (claim: ReconciledClaim) => {
    let days = periods.get(claim);
    if (days === undefined) periods.set(claim, (days = daysBetween(since.get(claim.metric)?.get(claim.claimant.key) ?? claim.asOf!, claim.asOf!) + 1));
    return days;
  };
  const checks: Check[] = [];
  for (const metric of METRICS) {
    for (const population of POPULATIONS) {
      const byKind = groups.get(metric)?.get(population);
      if (byKind) checks.push(...outliersInGroup(byKind.count, period), ...outliersInGroup(byKind.estimate, period));
    }
  }
  return checks.sort((a, b) => b.severity! - a.severity!);
}
