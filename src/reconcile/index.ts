// Reconciliation of one event's claims: resolve claimants, merge across outlets, build series,
// run the checks and summarise where each count stands. Pure: "today" is passed in.
import { CLAIMANT_GAZETTEER, type ClaimantEntry } from "../extract/lexicon/claimants.js";
import { METRICS, type Metric, type Population } from "../domain/claim.js";
import type { StoredClaim } from "../store/types.js";
import { setAsideDismissed } from "./checks/dismissed.js";
import { runChecks } from "./checks/index.js";
import { keyChecks } from "./checks/key.js";
import { claimantOverrides, type ClaimantOverride } from "./claimant-overrides.js";
import { buildClaimantRegistry } from "./claimants.js";
import { claimsByMetric } from "./latest.js";
import { reconcileClaims, seenClaimants } from "./merge.js";
import { buildSeries } from "./series.js";
import { standingSummary } from "./summary.js";
import type { CheckDismissalNote, Reconciliation } from "./types.js";

export interface ReconcileOptions {
  /** YYYY-MM-DD: claims dated (or published) later are left out. */
  today: string;
  /** Metrics to summarise; by default every metric that has a claim, in contract order. */
  metrics?: Metric[];
  population?: Population;
  /** The gazetteer plus claimants the store knows (with their aliases). */
  claimants?: ClaimantEntry[];
  /** Claimant edits an analyst made (merge, rename, not a source), applied as claims are credited. */
  claimantEdits?: readonly ClaimantOverride[];
  /** Checks an analyst dismissed, by key: left out of the counts and statements, listed apart. */
  dismissals?: readonly CheckDismissalNote[];
}

/** Leaves out what a reader standing on `today` could not have read. */
function knownBy(claim: StoredClaim, today: string): boolean {
  return (claim.published === null || claim.published <= today) && (claim.asOf === null || claim.asOf <= today);
}

export function reconcile(stored: StoredClaim[], options: ReconcileOptions): Reconciliation {
  const { today } = options;
  const visible = stored.filter((claim) => knownBy(claim, today));
  const registry = buildClaimantRegistry(options.claimants ?? CLAIMANT_GAZETTEER, seenClaimants(visible));
  const claims = reconcileClaims(visible, registry, claimantOverrides(options.claimantEdits ?? []));
  const series = buildSeries(claims);
  const { raised: checks, dismissed: dismissedChecks } = setAsideDismissed(keyChecks(runChecks(claims, series, today)), options.dismissals ?? []);
  const byMetric = claimsByMetric(claims);
  const metrics = options.metrics ?? METRICS.filter((metric) => byMetric.has(metric));
  const summaries = metrics.map((metric) => standingSummary(byMetric.get(metric) ?? [], { metric, population: options.population, today, checks }));
  return { today, claims, series, checks, dismissedChecks, summaries };
}

export { buildClaimantRegistry, readGenericClaimant, type ClaimantRegistry, type SeenClaimant } from "./claimants.js";
export { CHECK_KEY_PATTERN, checkKey, stableClaimKey } from "./checks/key.js";
export { claimantOverrides, mergeDestination, mergeProblem, type ClaimantOverride } from "./claimant-overrides.js";
export { runChecks, checkBreakdowns, checkFallingCounts, checkOutletDisagreements, checkOutliers } from "./checks/index.js";
export { ageOf, daysBetween, formatDay, latestReportWords } from "./dates.js";
export { citeClaim, countNoun, populationNoun } from "./describe.js";
export { boundsOverlap, formatFigure, formatNumber, lowerBound, pointFigure, qualifierWords, upperBound } from "./hedge.js";
export { claimsByMetric, claimsInScope, latestPerClaimant } from "./latest.js";
export { claimantOf, outletsOf, reconcileClaims, seenClaimants, usableClaims } from "./merge.js";
export { buildSeries } from "./series.js";
export { standingSummary } from "./summary.js";
export { citeFloor, headlineValue, populationRows, POPULATION_COLUMNS, spreadWords, standingFigures, STANDING_LABELS, type PopulationRow, type StandingField, type StandingFigure } from "./standing-words.js";
export type * from "./types.js";
