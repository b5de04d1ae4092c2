// Where a count stands: each claimant's latest figure, the verified floor (which a verified count of a
// part may set), the highest count under review, reported and estimated, a row per population, and one
// paragraph saying so with every figure sourced.
import { POPULATIONS, type Metric, type Population } from "../domain/claim.js";
import { latestPerClaimant } from "./latest.js";
import { populationStanding, verifiedFloorOf } from "./standing.js";
import { composeStatement } from "./statement.js";
import type { Check, ReconciledClaim, SourcedFigure, StandingSummary } from "./types.js";

export interface SummaryOptions {
  metric: Metric;
  population?: Population;
  /** YYYY-MM-DD: later claims are left out. */
  today: string;
  /** Checks already run, counted in the statement. */
  checks?: Check[];
}

/** How far the higher of the reported and estimated tops is above the floor; none when it is not above it, or vague ("tens of thousands" has no number to subtract). */
function spreadOf(floor: SourcedFigure | null, tops: Array<SourcedFigure | null>): StandingSummary["spread"] {
  const top = tops.reduce<SourcedFigure | null>((best, figure) => (figure && (!best || figure.value > best.value) ? figure : best), null);
  if (!floor || !top || top.claim.qualifier === "vague" || top.value <= floor.value) return null;
  return { absolute: top.value - floor.value, ratio: floor.value > 0 ? top.value / floor.value : null };
}

/** One pass over the metric's claims: those in scope by population, and the newest day among the ones counted. */
function scopeOf(claims: ReconciledClaim[], metric: Metric, population: Population, today: string) {
  const groups = new Map<Population, ReconciledClaim[]>();
  let asOf: string | null = null;
  for (const claim of claims) {
    if (!claim.mainEvent || claim.metric !== metric || claim.asOf === null || claim.asOf > today) continue;
    // Only the whole has parts: a count of civilians says nothing certain about children, or the reverse.
    if (population !== "all" && claim.population !== population) continue;
    const group = groups.get(claim.population);
    if (group) group.push(claim);
    else groups.set(claim.population, [claim]);
    if (asOf === null || claim.asOf > asOf) asOf = claim.asOf;
  }
  return { groups, asOf };
}

export function standingSummary(claims: ReconciledClaim[], options: SummaryOptions): StandingSummary {
  const { metric, today } = options;
  const population = options.population ?? "all";
  const { groups, asOf } = scopeOf(claims, metric, population, today);
  const scoped = groups.get(population) ?? [];
  const partPopulations = POPULATIONS.filter((p) => p !== population && groups.has(p));
  const parts = partPopulations.map((p) => populationStanding(p, groups.get(p)!));
  const own = populationStanding(population, scoped);
  const verifiedFloor = verifiedFloorOf(own.verified, parts, partPopulations.flatMap((p) => groups.get(p)!));
  const summary: Omit<StandingSummary, "statement"> = {
    metric,
    population,
    today,
    asOf,
    latest: latestPerClaimant(scoped),
    verifiedFloor,
    underReview: own.underReview,
    highestReported: own.highestReported,
    highestEstimate: own.highestEstimate,
    spread: spreadOf(verifiedFloor, [own.highestReported, own.highestEstimate]),
    populations: parts,
  };
  const checks = (options.checks ?? []).filter((check) => check.metric === metric);
  return { ...summary, statement: composeStatement(summary, checks) };
}

