// Per claimant, metric and population: the figures over as-of days, oldest first.
import { METRICS, POPULATIONS } from "../domain/claim.js";
import { pointFigure } from "./hedge.js";
import type { ReconciledClaim, Series } from "./types.js";

/** Orders claims by day (undated last), then by figure, so a series reads left to right. */
export function byAsOf(a: ReconciledClaim, b: ReconciledClaim): number {
  if (a.asOf !== b.asOf) {
    if (a.asOf === null) return 1;
    if (b.asOf === null) return -1;
    return a.asOf < b.asOf ? -1 : 1;
  }
  return pointFigure(a) - pointFigure(b);
}

/** Groups claims into series; figures about other crises or years (mainEvent false) are left out. */
export function buildSeries(claims: ReconciledClaim[]): Series[] {
  const groups = new Map<string, Series>();
  for (const claim of claims) {
    if (!claim.mainEvent) continue;
    const key = `${claim.claimant.key}|${claim.metric}|${claim.population}`;
    let series = groups.get(key);
    if (!series) {
      series = { claimant: claim.claimant, metric: claim.metric, population: claim.population, points: [] };
      groups.set(key, series);
    }
    series.points.push(claim);
  }
  const metricOrder = (s: Series) => METRICS.indexOf(s.metric);
  const populationOrder = (s: Series) => POPULATIONS.indexOf(s.population);
  return [...groups.values()]
    .map((series) => ({ ...series, points: series.points.sort(byAsOf) }))
    .sort((a, b) => metricOrder(a) - metricOrder(b) || a.claimant.name.localeCompare(b.claimant.name) || populationOrder(a) - populationOrder(b));
}
