// Where a count stands: each claimant's latest figure, the verified floor, the highest estimate,
// the spread between them, and one paragraph saying so with every figure sourced.
import type { Metric, Population } from "../domain/claim.js";
import { formatDay } from "./dates.js";
import { citeClaim, countNoun } from "./describe.js";
import { boundsOverlap, formatNumber, pointFigure, statedFloor, statedTop, upperBound } from "./hedge.js";
import { claimsInScope, latestPerClaimant } from "./latest.js";
import type { Check, ReconciledClaim, SourcedFigure, StandingSummary } from "./types.js";

export interface SummaryOptions {
  metric: Metric;
  population?: Population;
  /** YYYY-MM-DD: later claims are left out. */
  today: string;
  /** Checks already run, counted in the statement. */
  checks?: Check[];
}

/** The highest value by `value`; ties go to the open-ended figure ("at least 12,000" over "10,000–12,000"), the later day, more reports. */
function highest(claims: ReconciledClaim[], value: (claim: ReconciledClaim) => number): SourcedFigure | null {
  let best: SourcedFigure | null = null;
  for (const claim of claims) {
    const v = value(claim);
    const better =
      !best ||
      v > best.value ||
      (v === best.value && tieBreak(claim, best.claim) > 0);
    if (better) best = { value: v, claim };
  }
  return best;
}

function tieBreak(a: ReconciledClaim, b: ReconciledClaim): number {
  const byUpper = upperBound(a) - upperBound(b);
  if (byUpper !== 0 && !Number.isNaN(byUpper)) return byUpper;
  if (a.asOf !== b.asOf) return a.asOf! > b.asOf! ? 1 : -1;
  return a.reports.length - b.reports.length;
}

function allAgree(latest: ReconciledClaim[]): boolean {
  return latest.every((a) => latest.every((b) => a === b || boundsOverlap(a, b)));
}

export function standingSummary(claims: ReconciledClaim[], options: SummaryOptions): StandingSummary {
  const { metric, today } = options;
  const population = options.population ?? "all";
  const scoped = claimsInScope(claims, metric, population, today);
  const latest = latestPerClaimant(scoped);
  const verifiedFloor = highest(scoped.filter((c) => c.status === "verified"), statedFloor);
  const highestEstimate = highest(scoped.filter((c) => c.status === "estimate" || c.status === "reported"), statedTop);
  const spread =
    verifiedFloor && highestEstimate
      ? { absolute: highestEstimate.value - verifiedFloor.value, ratio: verifiedFloor.value > 0 ? highestEstimate.value / verifiedFloor.value : Infinity }
      : null;
  const checks = (options.checks ?? []).filter((check) => check.metric === metric);
  const statement = composeStatement({ metric, population, today, latest, verifiedFloor, highestEstimate, spread, checks });
  return { metric, population, today, latest, verifiedFloor, highestEstimate, spread, statement };
}

interface StatementParts extends Omit<StandingSummary, "statement"> {
  checks: Check[];
}

function composeStatement({ metric, population, today, latest, verifiedFloor, highestEstimate, spread, checks }: StatementParts): string {
  const noun = countNoun(metric, population);
  const opening = `As of ${formatDay(today)}`;
  if (latest.length === 0) return `${opening}, no source has given a count of ${noun}.`;
  const cite = (claim: ReconciledClaim) => citeClaim(claim, today);
  const sentences: string[] = [];

  if (verifiedFloor && highestEstimate && highestEstimate.value > verifiedFloor.value) {
    sentences.push(`${opening}, the highest verified count of ${noun} is ${cite(verifiedFloor.claim)}; estimates range up to ${cite(highestEstimate.claim)}.`);
  } else if (verifiedFloor) {
    sentences.push(`${opening}, the highest verified count of ${noun} is ${cite(verifiedFloor.claim)}, and no estimate goes higher.`);
  } else if (highestEstimate) {
    sentences.push(`${opening}, no count of ${noun} has been verified; estimates range up to ${cite(highestEstimate.claim)}.`);
  } else {
    sentences.push(`${opening}, the latest count of ${noun} is ${cite(latest[0]!)}.`);
  }
  if (spread && spread.absolute > 0) {
    sentences.push(`The gap between them is ${formatNumber(spread.absolute)} (${spread.ratio.toFixed(1)}×).`);
  }

  if (latest.length === 1) {
    sentences.push(`Only one source (${latest[0]!.claimant.name}) gives a figure.`);
  } else if (allAgree(latest)) {
    sentences.push(`The ${latest.length} sources' latest figures agree within their hedges.`);
  } else {
    const low = latest.reduce((a, b) => (pointFigure(b) < pointFigure(a) ? b : a));
    sentences.push(`${latest.length} sources disagree: their latest figures run from ${cite(low)} to ${cite(latest[0]!)}.`);
  }
  if (checks.length > 0) sentences.push(`${checks.length} consistency ${checks.length === 1 ? "check flags" : "checks flag"} these figures.`);
  return sentences.join(" ");
}
