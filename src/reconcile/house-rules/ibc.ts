// IBC-style: a minimum and a maximum. Iraq Body Count records, per incident, the lowest and the highest
// number of deaths that different credible reports give, and publishes totals as a range.
import { formatNumber } from "../hedge.js";
import type { ReconciledClaim } from "../types.js";
import { mostConservative } from "./acled.js";
import { ruleFigure, statusStrength, topReading, type RuleEvidence } from "./credible.js";
import type { HouseRuleView, RuleFigure } from "./types.js";

export const IBC_EXPLANATION =
  "Minimum–maximum: the lowest and the highest count that credible sources report, projections left out and vague words at their smallest and largest reading (“hundreds” 100–999); IBC takes both per incident from different reports and removes double counting, Tally takes them across sources' running totals.";

function largestCount(counts: ReconciledClaim[]): { claim: ReconciledClaim; value: number } | null {
  let top: { claim: ReconciledClaim; value: number } | null = null;
  for (const claim of counts) {
    const value = topReading(claim);
    if (!top || value > top.value || (value === top.value && statusStrength(claim) > statusStrength(top.claim))) top = { claim, value };
  }
  return top;
}

export function ibcView(evidence: RuleEvidence): HouseRuleView {
  const minimum = mostConservative(evidence.counts);
  const maximum = largestCount(evidence.counts);
  const figures: RuleFigure[] = [];
  if (minimum) figures.push(ruleFigure("minimum", minimum.value, minimum.claim, evidence.today));
  if (maximum) figures.push(ruleFigure("maximum", maximum.value, maximum.claim, evidence.today));
  let headline = "no credible count";
  if (minimum && maximum) headline = minimum.value === maximum.value ? formatNumber(minimum.value) : `${formatNumber(minimum.value)}–${formatNumber(maximum.value)}`;
  else if (maximum) headline = `up to ${formatNumber(maximum.value)}`;
  return {
    rule: "ibc",
    label: "IBC-style",
    explanation: IBC_EXPLANATION,
    figures,
    grades: [],
    headline,
    sources: [...new Set(figures.map((figure) => figure.claimKey))],
  };
}
