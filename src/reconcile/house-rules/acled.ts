// ACLED-style: the most conservative credible figure. ACLED codes each event's fatalities from the lowest
// of the credible reports, and codes vague words as their smallest number ("dozens" 12, "hundreds" 100).
import { formatNumber } from "../hedge.js";
import type { ReconciledClaim } from "../types.js";
import { floorReading, ruleFigure, statusStrength, type RuleEvidence } from "./credible.js";
import type { HouseRuleView } from "./types.js";

export const ACLED_EXPLANATION =
  "The most conservative credible figure: the lowest of the credible sources' latest counts, vague words coded as ACLED codes them (“dozens” 12, “hundreds” 100, “thousands” 1,000); ACLED codes single incidents while Tally applies the rule to sources' running totals, so the lowest may be a source that counts only part of the event.";

/** The claim with the lowest floor; ties go to the stronger status, then the later day. */
export function mostConservative(counts: ReconciledClaim[]): { claim: ReconciledClaim; value: number } | null {
  let best: { claim: ReconciledClaim; value: number } | null = null;
  for (const claim of counts) {
    const value = floorReading(claim);
    if (value === null) continue;
    const better =
      !best ||
      value < best.value ||
      (value === best.value && (statusStrength(claim) > statusStrength(best.claim) || (statusStrength(claim) === statusStrength(best.claim) && claim.asOf! > best.claim.asOf!)));
    if (better) best = { claim, value };
  }
  return best;
}

export function acledView(evidence: RuleEvidence): HouseRuleView {
  const lowest = mostConservative(evidence.counts);
  return {
    rule: "acled",
    label: "ACLED-style",
    explanation: ACLED_EXPLANATION,
    figures: lowest ? [ruleFigure("figure", lowest.value, lowest.claim, evidence.today)] : [],
    grades: [],
    headline: lowest ? formatNumber(lowest.value) : "no credible count",
    sources: lowest ? [lowest.claim.key] : [],
  };
}
