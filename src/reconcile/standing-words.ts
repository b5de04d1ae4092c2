// How a standing summary is said, in one place for the statement, the text report, the static report,
// the dashboard and the API: the headline figures with their labels and sources, and a row per population.
import type { Population } from "../domain/claim.js";
import { formatDay } from "./dates.js";
import { citationNotes, citeClaim, populationNoun } from "./describe.js";
import { formatNumber } from "./hedge.js";
import type { FloorFigure, ReconciledClaim, SourcedFigure, StandingSummary } from "./types.js";

export type StandingField = "verified" | "underReview" | "highestReported" | "highestEstimate";

/** Labels of the headline figures; the whole's verified figure is a floor, a part's is its own count. */
export const STANDING_LABELS: Record<StandingField, string> = {
  verified: "Verified floor",
  underReview: "Under review",
  highestReported: "Highest reported figure",
  highestEstimate: "Highest estimate",
};

/** Column heads of the per-population table. */
export const POPULATION_COLUMNS: Record<StandingField, string> = { ...STANDING_LABELS, verified: "Verified" };

export interface StandingFigure {
  field: StandingField;
  label: string;
  /** The headline value: a number, or a vague figure's own words ("tens of thousands"); null when there is none. */
  value: string | null;
  /** Whose count a whole's floor comes from when it is a part's ("civilians"); null otherwise. */
  from: string | null;
  /** The figure with its source: "at least 1,614 (civilians, OHCHR, verified, 28 October 2025)". */
  citation: string | null;
  /** The claim whose evidence backs the figure (for a sum of parts, the largest part). */
  claim: ReconciledClaim | null;
}

export interface PopulationRow {
  population: Population;
  /** "Everyone", "Civilians", "Security forces". */
  label: string;
  figures: StandingFigure[];
}

/** A headline number: a vague figure keeps its words, the number it is ranked by stays inside. */
export function headlineValue(figure: SourcedFigure): string {
  return figure.claim.qualifier === "vague" ? figure.figure : formatNumber(figure.value);
}

/**
 * A whole's verified floor, sourced. Its own count is cited as stated; a part's is "at least" the part's
 * count, naming the part: "at least 1,614 (civilians, OHCHR, verified, 28 October 2025)".
 */
export function citeFloor(floor: FloorFigure, population: Population, today?: string): string {
  if (floor.parts) {
    const terms = floor.parts.map((part) => `${populationNoun(part.population)} ${headlineValue(part)}`).join(" + ");
    const day = formatDay(floor.claim.asOf, today);
    return `at least ${formatNumber(floor.value)} (${terms}, ${floor.claim.claimant.name}, verified, ${day})`;
  }
  if (floor.population === population) return citeClaim(floor.claim, today);
  const value = floor.claim.qualifier === "vague" ? floor.figure : `at least ${formatNumber(floor.value)}`;
  return `${value} (${[populationNoun(floor.population), ...citationNotes(floor.claim, today)].join(", ")})`;
}

function standingFigure(field: StandingField, label: string, figure: SourcedFigure | null, cite: (figure: SourcedFigure) => string, from: string | null = null): StandingFigure {
  if (!figure) return { field, label, value: null, from: null, citation: null, claim: null };
  return { field, label, value: headlineValue(figure), from, citation: cite(figure), claim: figure.claim };
}

function fromPart(floor: FloorFigure | null, population: Population): string | null {
  if (!floor || (floor.population === population && !floor.parts)) return null;
  return floor.parts ? floor.parts.map((p) => populationNoun(p.population)).join(" + ") : populationNoun(floor.population);
}

/** The whole's headline figures: verified floor, under review, highest reported figure, highest estimate. */
export function standingFigures(summary: StandingSummary, labels: Record<StandingField, string> = STANDING_LABELS): StandingFigure[] {
  const { population, today, verifiedFloor } = summary;
  const cite = (figure: SourcedFigure) => citeClaim(figure.claim, today);
  return [
    standingFigure("verified", labels.verified, verifiedFloor, (floor) => citeFloor(floor as FloorFigure, population, today), fromPart(verifiedFloor, population)),
    standingFigure("underReview", labels.underReview, summary.underReview, cite),
    standingFigure("highestReported", labels.highestReported, summary.highestReported, cite),
    standingFigure("highestEstimate", labels.highestEstimate, summary.highestEstimate, cite),
  ];
}

function capitalised(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/** "Everyone" (the whole, with its floor) first, then each population that has claims. */
export function populationRows(summary: StandingSummary): PopulationRow[] {
  const cite = (figure: SourcedFigure) => citeClaim(figure.claim, summary.today);
  const whole: PopulationRow = {
    population: summary.population,
    label: summary.population === "all" ? "Everyone" : capitalised(populationNoun(summary.population)),
    figures: standingFigures(summary, POPULATION_COLUMNS),
  };
  const parts = summary.populations.map((standing) => ({
    population: standing.population,
    label: capitalised(populationNoun(standing.population)),
    figures: [
      standingFigure("verified", POPULATION_COLUMNS.verified, standing.verified, cite),
      standingFigure("underReview", POPULATION_COLUMNS.underReview, standing.underReview, cite),
      standingFigure("highestReported", POPULATION_COLUMNS.highestReported, standing.highestReported, cite),
      standingFigure("highestEstimate", POPULATION_COLUMNS.highestEstimate, standing.highestEstimate, cite),
    ],
  }));
  return [whole, ...parts];
}

/** The spread card: "148,386" and "92.9× the verified floor" (no ratio over a floor of 0). */
export function spreadWords(summary: StandingSummary): { value: string; note: string } | null {
  const { spread } = summary;
  if (!spread) return null;
  return { value: formatNumber(spread.absolute), note: spread.ratio !== null ? `${spread.ratio.toFixed(1)}× the verified floor` : "no verified count above 0" };
}
