// UCDP-style: low, best and high estimates. UCDP's best is the most reliable figure, its low the lowest
// reasonable and its high the highest reasonable one, which may come from less reliable reports.
import { formatNumber } from "../hedge.js";
import type { ReconciledClaim } from "../types.js";
import { mostConservative } from "./acled.js";
import { floorReading, ruleFigure, statusStrength, topReading, type RuleEvidence } from "./credible.js";
import type { HouseRuleView, RuleFigure } from "./types.js";

export const UCDP_EXPLANATION =
  "Low, best and high: low is the lowest credible count, best the count of the most reliable current source (verified before under review before reported, the latest first; a range's middle), high the highest figure any credible source gives, estimates included; UCDP's coders judge each source's reliability by hand, Tally ranks sources by review status only.";

/** The number a count stands for as a best estimate: a range's middle, a vague word's smallest reading. */
function bestReading(claim: ReconciledClaim): number | null {
  if (claim.qualifier === "range" && claim.min !== null && claim.max !== null) return Math.round((claim.min + claim.max) / 2);
  return floorReading(claim);
}

/** The strongest status wins, then the later day, then the lower figure (UCDP leans conservative). */
function mostReliable(counts: ReconciledClaim[]): { claim: ReconciledClaim; value: number } | null {
  let best: { claim: ReconciledClaim; value: number } | null = null;
  for (const claim of counts) {
    const value = bestReading(claim);
    if (value === null) continue;
    const byStatus = best ? statusStrength(claim) - statusStrength(best.claim) : 1;
    const byDay = best && claim.asOf !== best.claim.asOf ? (claim.asOf! > best.claim.asOf! ? 1 : -1) : 0;
    if (!best || byStatus > 0 || (byStatus === 0 && (byDay > 0 || (byDay === 0 && value < best.value)))) best = { claim, value };
  }
  return best;
}

function highest(claims: ReconciledClaim[]): { claim: ReconciledClaim; value: number } | null {
  let top: { claim: ReconciledClaim; value: number } | null = null;
  for (const claim of claims) {
    const value = topReading(claim);
    if (!top || value > top.value || (value === top.value && statusStrength(claim) > statusStrength(top.claim))) top = { claim, value };
  }
  return top;
}

export function ucdpView(evidence: RuleEvidence): HouseRuleView {
  const picks = {
    low: mostConservative(evidence.counts),
    best: mostReliable(evidence.counts),
    high: highest([...evidence.counts, ...evidence.estimates]),
  };
  const figures: RuleFigure[] = [];
  for (const measure of ["low", "best", "high"] as const) {
    const pick = picks[measure];
    if (pick) figures.push(ruleFigure(measure, pick.value, pick.claim, evidence.today));
  }
  const part = (measure: "low" | "best" | "high") => `${measure} ${picks[measure] ? formatNumber(picks[measure]!.value) : "–"}`;
  return {
    rule: "ucdp",
    label: "UCDP-style",
    explanation: UCDP_EXPLANATION,
    figures,
    grades: [],
    headline: figures.length === 0 ? "no credible figure" : [part("low"), part("best"), part("high")].join(" · "),
    sources: [...new Set(figures.map((figure) => figure.claimKey))],
  };
}
