// Which reconciled claims the house rules take as evidence, and how each rule reads a hedged figure.
// One place for "credible", "count", "overtaken" and "agree", so the four views never disagree on them.
import type { Metric, Population, Status } from "../../domain/claim.js";
import { citeClaim } from "../describe.js";
import { APPROX_TOLERANCE, lowerBound, statedFloor, statedTop, upperBound } from "../hedge.js";
import { claimsInScope, latestPerClaimant } from "../latest.js";
import type { ReconciledClaim } from "../types.js";
import type { RuleFigure } from "./types.js";

/** Running totals grow: a count lower than another credible count made this many days later is out of date. */
export const OVERTAKEN_AFTER_DAYS = 7;
/** Figures as far apart as this can corroborate or contest each other. */
export const SAME_WEEK_DAYS = 7;
/** Two figures this close (as a share of the larger) agree, like "about N" allows. */
export const AGREEMENT_TOLERANCE = APPROX_TOLERANCE;

/** Shown once above the views: what "credible", "count" and "overtaken" mean for all four. */
export const CREDIBLE_NOTE =
  "Credible here means a named source or an identifiable party such as a ministry or “officials”, not an outlet's unattributed figure nor unnamed sources; estimates and projections are not counts; a source's latest figure lower than another credible count made a week or more later is set aside as overtaken, since these are running totals.";

/** A named source or an identifiable party; not the outlet alone, not "sources", "witnesses", "residents". */
export function isCredible(claim: ReconciledClaim): boolean {
  return !claim.unattributed && claim.claimant.key !== "unattributed" && claim.claimant.kind !== "anonymous";
}

/** Verified, under review and reported figures count; an estimate or projection does not. */
export function isCount(claim: ReconciledClaim): boolean {
  return claim.status !== "estimate";
}

/**
 * The smallest number the figure commits to: "at least 2,800" → 2,800, a range's lower end, and a vague
 * word as ACLED codes it ("dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000). "Up to N" commits
 * to no number at all, so it has no floor (null).
 */
export function floorReading(claim: ReconciledClaim): number | null {
  if (claim.qualifier === "up_to") return null;
  if (claim.qualifier === "vague") return lowerBound(claim);
  return statedFloor(claim);
}

/** The largest number the figure states: a range's upper end, "up to N" → N, a vague word at its largest reading. */
export function topReading(claim: ReconciledClaim): number {
  const top = claim.qualifier === "vague" ? upperBound(claim) : statedTop(claim);
  return Number.isFinite(top) ? top : statedTop(claim);
}

/**
 * The numbers a figure names: a range's ends, a vague word's smallest and largest reading, else its one
 * number. "At least 7" names 7: it does not stretch to agree with 70, nor "up to 16,500" with 2,000.
 */
export function statedSpan(claim: ReconciledClaim): [number, number] {
  if (claim.qualifier === "vague") return [lowerBound(claim), topReading(claim)];
  return [statedFloor(claim), statedTop(claim)];
}

/** Whether two figures say the same: their stated spans overlap, or come within 10% of each other (646 and 648). */
export function figuresAgree(a: ReconciledClaim, b: ReconciledClaim): boolean {
  // same-week.ts applies the same test to precomputed spans; change both together.
  const [aLow, aHigh] = statedSpan(a);
  const [bLow, bHigh] = statedSpan(b);
  return Math.max(aLow, bLow) * (1 - AGREEMENT_TOLERANCE) <= Math.min(aHigh, bHigh);
}

const STATUS_STRENGTH: Record<Status, number> = { verified: 3, under_review: 2, estimate: 1, reported: 0 };

export function statusStrength(claim: ReconciledClaim): number {
  return STATUS_STRENGTH[claim.status];
}

/** The day as a count of days since 1970 (YYYY-MM-DD read by hand: this runs for every claim in a week's window). */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/** Days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Where to find a reconciled claim again (its stored claim ids, the first one's document), and whether a reviewer corrected it. */
export function claimReference(claim: ReconciledClaim): { claimKey: string; claimIds: number[]; documentId: number; corrected: boolean } {
  return { claimKey: claim.key, claimIds: claim.reports.map((report) => report.claimId), documentId: claim.reports[0]?.documentId ?? 0, corrected: claim.corrected };
}

/** A number read from a claim, with what a reader needs to find the claim again. */
export function ruleFigure(measure: RuleFigure["measure"], value: number, claim: ReconciledClaim, today: string): RuleFigure {
  return {
    measure,
    value,
    cited: citeClaim(claim, today),
    claimant: claim.claimant.name,
    ...claimReference(claim),
  };
}

/** What the four rules read for one metric and population. */
export interface RuleEvidence {
  metric: Metric;
  population: Population;
  today: string;
  /** Every claim about the main event, dated on or before today. */
  scoped: ReconciledClaim[];
  /** Each source's latest figure, highest first (what Airwars-style grading grades). */
  latest: ReconciledClaim[];
  /** Each credible source's latest count, when not overtaken. */
  counts: ReconciledClaim[];
  /** Each credible source's latest estimate or projection, when not overtaken. */
  estimates: ReconciledClaim[];
  notCredible: ReconciledClaim[];
  overtaken: Set<ReconciledClaim>;
  /** Credible counts from every source, oldest first, for looking up a week around a day. */
  credibleCountsByDay: ReconciledClaim[];
}

/** The highest floor among credible counts dated on or after each index (claims oldest first). */
function laterFloors(byDay: ReconciledClaim[]): number[] {
  const floors = new Array<number>(byDay.length + 1).fill(-Infinity);
  for (let i = byDay.length - 1; i >= 0; i--) floors[i] = Math.max(floors[i + 1]!, floorReading(byDay[i]!) ?? -Infinity);
  return floors;
}

/** The first index whose claim is dated on or after `day` (claims oldest first). */
export function firstOnOrAfter(byDay: ReconciledClaim[], day: string): number {
  let low = 0;
  let high = byDay.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byDay[middle]!.asOf! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** YYYY-MM-DD `days` after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function gatherEvidence(claims: ReconciledClaim[], metric: Metric, population: Population, today: string): RuleEvidence {
  const scoped = claimsInScope(claims, metric, population, today);
  const latest = latestPerClaimant(scoped);
  const credible = scoped.filter(isCredible);
  const credibleCountsByDay = credible.filter(isCount).sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : 0));
  const floors = laterFloors(credibleCountsByDay);
  const isOvertaken = (claim: ReconciledClaim) => floors[firstOnOrAfter(credibleCountsByDay, addDays(claim.asOf!, OVERTAKEN_AFTER_DAYS))]! > topReading(claim);

  const latestCounts = latestPerClaimant(credible.filter(isCount));
  const latestEstimates = latestPerClaimant(credible.filter((claim) => !isCount(claim)));
  const overtaken = new Set([...latestCounts, ...latestEstimates].filter(isOvertaken));
  return {
    metric,
    population,
    today,
    scoped,
    latest,
    counts: latestCounts.filter((claim) => !overtaken.has(claim)),
    estimates: latestEstimates.filter((claim) => !overtaken.has(claim)),
    notCredible: latest.filter((claim) => !isCredible(claim)),
    overtaken,
    credibleCountsByDay,
  };
}
