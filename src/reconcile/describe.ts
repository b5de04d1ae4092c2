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

/** "2,003 (HRANA, verified, 14 January)", "12,000 (Iran International, at least, 13 January)", "987,654 (HRANA, corrected, 20 January)". */
export function citeClaim(claim: ReconciledClaim, today?: string): string {
  const hedged = claim.qualifier === "exact" || claim.qualifier === "range" || claim.qualifier === "vague";
  const figure = hedged ? formatFigure(claim) : formatNumber(claim.qualifier === "up_to" ? (claim.max ?? 0) : (claim.min ?? claim.max ?? 0));
  const notes = [claim.claimant.name];
  if (!hedged) notes.push(qualifierWords(claim.qualifier));
  const status = STATUS_WORDS[claim.status];
  if (status) notes.push(status);
  if (claim.corrected) notes.push("corrected");
  notes.push(formatDay(claim.asOf, today));
  return `${figure} (${notes.join(", ")})`;
}

/** "Iranian officials'" / "HRANA's". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
