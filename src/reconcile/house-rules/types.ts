// The figures four public casualty-recording methodologies would publish from the same reconciled
// claims: ACLED's most conservative figure, UCDP's low/best/high, IBC's minimum–maximum, Airwars' grades.
import type { Metric, Population } from "../../domain/claim.js";

export const HOUSE_RULES = ["acled", "ucdp", "ibc", "airwars"] as const;
export type HouseRule = (typeof HOUSE_RULES)[number];

/** What a published number stands for within its rule. */
export type Measure = "figure" | "low" | "best" | "high" | "minimum" | "maximum";

/** One published number, read from one reconciled claim. */
export interface RuleFigure {
  measure: Measure;
  value: number;
  /** The claim as a reader cites it: "hundreds (Iran Human Rights, under review, 18 January)". */
  cited: string;
  claimant: string;
  /** ReconciledClaim.key of the claim the number is read from. */
  claimKey: string;
  /** The stored claim ids behind it (one per outlet that carried it), as in `tally export`. */
  claimIds: number[];
  /** The document of the first claim id, for a link to its evidence. */
  documentId: number;
  /** A reviewer corrected the figure (the citation says so too). */
  corrected: boolean;
}

export const AIRWARS_GRADES = ["confirmed", "fair", "contested", "weak", "discounted"] as const;
export type AirwarsGrade = (typeof AIRWARS_GRADES)[number];

/** One source's latest figure with its Airwars-style grade and why. */
export interface SourceGrade {
  grade: AirwarsGrade;
  claimant: string;
  /** The figure with its hedge: "at least 12,000". */
  figure: string;
  cited: string;
  /** One clause: who agrees or disagrees, or why the source is not credible. */
  reason: string;
  claimKey: string;
  claimIds: number[];
  documentId: number;
  corrected: boolean;
}

export interface HouseRuleView {
  rule: HouseRule;
  /** "ACLED-style" … */
  label: string;
  /** One sentence a reader sees beside the figure: what the rule does here, and where Tally only approximates it. */
  explanation: string;
  /** The published numbers (empty when no credible count exists, and for Airwars). */
  figures: RuleFigure[];
  /** Airwars only: each source's latest figure, graded. */
  grades: SourceGrade[];
  /** The view in a few words: "3,941", "low 2,000 · best 3,941 · high 16,500", "no credible count". */
  headline: string;
  /** ReconciledClaim keys the view was read from. */
  sources: string[];
}

/** Every house rule's view of one metric and population. */
export interface HouseRules {
  metric: Metric;
  population: Population;
  /** YYYY-MM-DD: later claims are left out. */
  today: string;
  views: HouseRuleView[];
  /** Keys of latest figures left out of the counts: their source is unattributed or unnamed. */
  notCredible: string[];
  /** Keys of credible latest figures left out as overtaken by a higher count made a week or more later. */
  overtaken: string[];
}
