// The standing summary as one paragraph: as of the newest claim's day (and how old that is), the verified
// floor, the counts under review, the highest reported figure and the highest estimate, each sourced.
import { ageOf, formatDay } from "./dates.js";
import { citeClaim, countNoun, populationNoun } from "./describe.js";
import { boundsOverlap, formatNumber, pointFigure } from "./hedge.js";
import { citeFloor } from "./standing-words.js";
import type { Check, ReconciledClaim, StandingSummary } from "./types.js";

function allAgree(latest: ReconciledClaim[]): boolean {
  return latest.every((a) => latest.every((b) => a === b || boundsOverlap(a, b)));
}

function listed(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function composeStatement(summary: Omit<StandingSummary, "statement">, checks: Check[]): string {
  const { metric, population, today, asOf, latest, verifiedFloor, underReview, highestReported, highestEstimate, spread } = summary;
  const noun = countNoun(metric, population);
  // Nothing dated: today is the only day to speak of, and there is nothing old to date with it.
  if (asOf === null) return `As of ${formatDay(today)}, no source has given a count of ${noun}.`;
  const cite = (claim: ReconciledClaim) => citeClaim(claim, today);
  const opening = `As of ${formatDay(asOf)} (${ageOf(asOf, today)})`;
  const sentences: string[] = [];

  if (verifiedFloor && verifiedFloor.population === population && !verifiedFloor.parts) {
    sentences.push(`${opening}, the highest verified count of ${noun} is ${cite(verifiedFloor.claim)}.`);
  } else if (verifiedFloor) {
    sentences.push(`${opening}, the verified floor for ${noun} is ${citeFloor(verifiedFloor, population, today)}.`);
  } else {
    sentences.push(`${opening}, no count of ${noun} has been verified.`);
  }
  if (underReview) sentences.push(`The highest count under review is ${cite(underReview.claim)}.`);
  if (highestReported && highestEstimate) {
    sentences.push(`The highest reported figure is ${cite(highestReported.claim)}; the highest estimate is ${cite(highestEstimate.claim)}.`);
  } else if (highestReported) {
    sentences.push(`The highest reported figure is ${cite(highestReported.claim)}.`);
  } else if (highestEstimate) {
    sentences.push(`The highest estimate is ${cite(highestEstimate.claim)}.`);
  }
  const higher = [highestReported, highestEstimate].some((figure) => figure && verifiedFloor && figure.value > verifiedFloor.value);
  if (verifiedFloor && !higher) sentences.push("No reported figure or estimate goes higher.");
  if (spread && spread.absolute > 0) {
    const ratio = spread.ratio !== null ? ` (${spread.ratio.toFixed(1)}×)` : "";
    sentences.push(`The gap between the verified floor and the highest figure is ${formatNumber(spread.absolute)}${ratio}.`);
  }

  if (latest.length === 0) {
    sentences.push(`Sources give counts of ${listed(summary.populations.map((p) => populationNoun(p.population)))} only.`);
  } else if (latest.length === 1) {
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
