// Where a count stands: each claimant's latest figure, the verified floor (which a verified count of a
// part may set), the highest count under review, reported and estimated, a row per population, and one
// paragraph saying so with every figure sourced.
import type { Metric, Population } from "../domain/claim.js";
import { latestPerClaimant } from "./latest.js";
import { byPopulation, populationStanding, verifiedFloorOf } from "./standing.js";
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

/** The higher of the reported and estimated tops over the floor, unless it is vague: "tens of thousands" has no number to subtract. */
function spreadOf(floor: SourcedFigure | null, tops: Array<SourcedFigure | null>): StandingSummary["spread"] {
  const top = tops.reduce<SourcedFigure | null>((best, figure) => (figure && (!best || figure.value > best.value) ? figure : best), null);
  if (!floor || !top || top.claim.qualifier === "vague") return null;
  return { absolute: top.value - floor.value, ratio: floor.value > 0 ? top.value / floor.value : Infinity };
}

export function standingSummary(claims: ReconciledClaim[], options: SummaryOptions): StandingSummary {
  const { metric, today } = options;
  const population = options.population ?? "all";
  const inScope = claims.filter((c) => c.mainEvent && c.metric === metric && c.asOf !== null && c.asOf <= today);
  const groups = byPopulation(inScope);
  const scoped = groups.get(population) ?? [];
  // Only the whole has parts: a count of civilians says nothing certain about children, or the reverse.
  const parts = population === "all" ? [...groups].filter(([p]) => p !== "all").map(([p, group]) => populationStanding(p, group)) : [];
  const own = populationStanding(population, scoped);
  const partClaims = population === "all" ? inScope.filter((c) => c.population !== "all") : [];
  const verifiedFloor = verifiedFloorOf(own.verified, parts, partClaims);
  const counted = population === "all" ? inScope : scoped;
  const asOf = counted.reduce<string | null>((newest, c) => (newest === null || c.asOf! > newest ? c.asOf : newest), null);
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

