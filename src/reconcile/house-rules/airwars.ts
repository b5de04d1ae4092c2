// Airwars-style grading of each source's latest figure. Airwars grades each claim of civilian harm:
// Confirmed (the belligerent accepted it), Fair (two or more credible sources), Weak (a single source),
// Contested (competing claims), Discounted (too poorly sourced, or shown wrong).
import { formatDay } from "../dates.js";
import { citeClaim } from "../describe.js";
import { formatFigure, formatNumber, pointFigure } from "../hedge.js";
import type { ReconciledClaim } from "../types.js";
import { addDays, claimReference, daysBetween, figuresAgree, firstOnOrAfter, isCount, isCredible, SAME_WEEK_DAYS, type RuleEvidence } from "./credible.js";
import { AIRWARS_GRADES, type AirwarsGrade, type HouseRuleView, type SourceGrade } from "./types.js";

export const AIRWARS_EXPLANATION =
  "Each source's latest figure graded: Confirmed when it is a government's own count or one agrees with it (Tally cannot tell the belligerent from any other government), Fair when another credible source's count from within a week agrees (the numbers they state come within 10%), Contested when all the others that week disagree, Weak when no other credible source counted that week, Discounted when the source is unattributed or unnamed; Airwars grades incidents and who caused them, Tally grades figures.";

const GRADE_WORDS: Record<AirwarsGrade, string> = { confirmed: "Confirmed", fair: "Fair", contested: "Contested", weak: "Weak", discounted: "Discounted" };

export function gradeWord(grade: AirwarsGrade): string {
  return GRADE_WORDS[grade];
}

/** Other credible sources' counts dated within a week either side of the claim's day. */
function sameWeekCounts(claim: ReconciledClaim, evidence: RuleEvidence): ReconciledClaim[] {
  const byDay = evidence.credibleCountsByDay;
  const last = addDays(claim.asOf!, SAME_WEEK_DAYS);
  const found: ReconciledClaim[] = [];
  for (let i = firstOnOrAfter(byDay, addDays(claim.asOf!, -SAME_WEEK_DAYS)); i < byDay.length && byDay[i]!.asOf! <= last; i++) {
    if (byDay[i]!.claimant.key !== claim.claimant.key) found.push(byDay[i]!);
  }
  return found;
}

/** "Iran Human Rights: 3,941 (28 January)" for the first few sources, each by its figure nearest in time to `day`. */
function namedFigures(claims: ReconciledClaim[], day: string, today: string, limit = 2): string {
  const nearest = [...claims].sort((a, b) => Math.abs(daysBetween(day, a.asOf!)) - Math.abs(daysBetween(day, b.asOf!)));
  const bySource = new Map<string, ReconciledClaim>();
  for (const claim of nearest) if (!bySource.has(claim.claimant.key)) bySource.set(claim.claimant.key, claim);
  const named = [...bySource.values()].slice(0, limit).map((claim) => `${claim.claimant.name}: ${formatFigure(claim)} (${formatDay(claim.asOf, today)})`);
  const more = bySource.size - named.length;
  return more > 0 ? `${named.join("; ")} and ${more} more` : named.join("; ");
}

function countSources(claims: ReconciledClaim[]): number {
  return new Set(claims.map((claim) => claim.claimant.key)).size;
}

/** The grade of one source's latest figure, with the clause that says why. */
export function gradeFigure(claim: ReconciledClaim, evidence: RuleEvidence): { grade: AirwarsGrade; reason: string } {
  const today = evidence.today;
  if (!isCredible(claim)) {
    return { grade: "discounted", reason: claim.unattributed ? "unattributed: the outlet names no source for it" : "from an unnamed source" };
  }
  if (isCount(claim) && claim.claimant.kind === "government") return { grade: "confirmed", reason: "a government's own count" };
  const others = sameWeekCounts(claim, evidence);
  const agreeing = others.filter((other) => figuresAgree(other, claim));
  const conceding = agreeing.filter((other) => other.claimant.kind === "government");
  if (conceding.length > 0) return { grade: "confirmed", reason: `a government's count agrees (${namedFigures(conceding, claim.asOf!, today)})` };
  if (agreeing.length > 0) return { grade: "fair", reason: `agrees with ${namedFigures(agreeing, claim.asOf!, today)}` };
  if (countSources(others) === 1) return { grade: "contested", reason: `disagrees with ${namedFigures(others, claim.asOf!, today)}` };
  if (others.length > 0) {
    const values = others.map(pointFigure);
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const spread = low === high ? formatNumber(low) : `${formatNumber(low)} to ${formatNumber(high)}`;
    return { grade: "contested", reason: `all ${countSources(others)} other sources that week disagree (${spread})` };
  }
  return { grade: "weak", reason: "no other credible source gave a count within a week of it" };
}

/** The grade, and a note when later counts have overtaken the figure (it stays graded: it is still the source's latest). */
function gradeLatest(claim: ReconciledClaim, evidence: RuleEvidence): { grade: AirwarsGrade; reason: string } {
  const graded = gradeFigure(claim, evidence);
  return evidence.overtaken.includes(claim) ? { ...graded, reason: `${graded.reason}; overtaken by later counts` } : graded;
}

export function airwarsView(evidence: RuleEvidence): HouseRuleView {
  const grades: SourceGrade[] = evidence.latest.map((claim) => ({
    ...gradeLatest(claim, evidence),
    claimant: claim.claimant.name,
    figure: formatFigure(claim),
    cited: citeClaim(claim, evidence.today),
    ...claimReference(claim),
  }));
  const tally = AIRWARS_GRADES.map((grade) => [grade, grades.filter((g) => g.grade === grade).length] as const).filter(([, n]) => n > 0);
  return {
    rule: "airwars",
    label: "Airwars-style",
    explanation: AIRWARS_EXPLANATION,
    figures: [],
    grades,
    headline: grades.length === 0 ? "no source to grade" : tally.map(([grade, n]) => `${n} ${GRADE_WORDS[grade].toLowerCase()}`).join(", "),
    sources: grades.map((grade) => grade.claimKey),
  };
}
