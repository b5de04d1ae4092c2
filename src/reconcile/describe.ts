// Short, sourced descriptions of reconciled claims, shared by the checks and the summary statement.
import type { Metric, Population, Status } from "../domain/claim.js";
import { formatDay } from "./dates.js";
import { formatFigure, formatNumber, qualifierWords } from "./hedge.js";
import type { ReconciledClaim } from "./types.js";

const METRIC_NOUNS: Record<Metric, string> = {
  killed: "people killed",
  injured: "people injured",
  detained: "people detained",
  executed: "people executed",
  sentenced_to_death: "people sentenced to death",
  missing: "people missing",
  displaced: "people displaced",
};

const POPULATION_NOUNS: Record<Population, string> = {
  all: "people",
  protesters: "protesters",
  security_forces: "security forces",
  civilians: "civilians",
  children: "children",
  women: "women",
  other: "others",
};

const STATUS_WORDS: Record<Status, string | null> = { verified: "verified", under_review: "under review", estimate: "estimate", reported: null };

/** "people killed", or "protesters killed" for a narrower population. */
export function countNoun(metric: Metric, population: Population = "all"): string {
  const noun = METRIC_NOUNS[metric];
  return population === "all" ? noun : noun.replace(/^people/, POPULATION_NOUNS[population]);
}

export function populationNoun(population: Population): string {
  return POPULATION_NOUNS[population];
}

/** Qualifiers a range, an exact number or a vague word already say in the figure itself. */
function hedgeInFigure(claim: ReconciledClaim): boolean {
  return claim.qualifier === "exact" || claim.qualifier === "range" || claim.qualifier === "vague";
}

/** What stands in a citation's brackets: who, the hedge the number leaves out, the status, the day. */
export function citationNotes(claim: ReconciledClaim, today?: string): string[] {
  const notes = [claim.claimant.name];
  if (!hedgeInFigure(claim)) notes.push(qualifierWords(claim.qualifier));
  const status = STATUS_WORDS[claim.status];
  if (status) notes.push(status);
  if (claim.corrected) notes.push("corrected");
  notes.push(formatDay(claim.asOf, today));
  return notes;
}

/** "2,003 (HRANA, verified, 14 January)", "12,000 (Iran International, at least, 13 January)", "987,654 (HRANA, corrected, 20 January)". */
export function citeClaim(claim: ReconciledClaim, today?: string): string {
  const figure = hedgeInFigure(claim) ? formatFigure(claim) : formatNumber(claim.qualifier === "up_to" ? (claim.max ?? 0) : (claim.min ?? claim.max ?? 0));
  return `${figure} (${citationNotes(claim, today).join(", ")})`;
}

/** "Iranian officials'" / "HRANA's". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
