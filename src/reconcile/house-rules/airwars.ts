// Airwars-style grading of each source's latest figure. Airwars grades each claim of civilian harm:
// Confirmed (the belligerent accepted it), Fair (two or more credible sources), Weak (a single source),
// Contested (competing claims), Discounted (too poorly sourced, or shown wrong).
import { formatDay } from "../dates.js";
import { citeClaim } from "../describe.js";
import { formatFigure, formatNumber } from "../hedge.js";
import type { ReconciledClaim } from "../types.js";
import { claimReference, daysBetween, isCount, isCredible, type RuleEvidence } from "./credible.js";
import { sameWeekIndex, type SameWeek } from "./same-week.js";
import { AIRWARS_GRADES, type AirwarsGrade, type HouseRuleView, type SourceGrade } from "./types.js";

export const AIRWARS_EXPLANATION =
  "Each source's latest figure graded: Confirmed when it is a government's own count or one agrees with it (Tally cannot tell the belligerent from any other government), Fair when another credible source's count from within a week agrees (the numbers they state come within 10%), Contested when all the others that week disagree, Weak when no other credible source counted that week, Discounted when the source is unattributed or unnamed; Airwars grades incidents and who caused them, Tally grades figures.";

const GRADE_WORDS: Record<AirwarsGrade, string> = { confirmed: "Confirmed", fair: "Fair", contested: "Contested", weak: "Weak", discounted: "Discounted" };

export function gradeWord(grade: AirwarsGrade): string {
  return GRADE_WORDS[grade];
}

/** "Iran Human Rights: 3,941 (28 January)" for the first few of `claims` (one per source, nearest in time first). */
function namedFigures(claims: ReconciledClaim[], today: string, limit = 2): string {
  const named = claims.slice(0, limit).map((claim) => `${claim.claimant.name}: ${formatFigure(claim)} (${formatDay(claim.asOf, today)})`);
  const more = claims.length - named.length;
  return more > 0 ? `${named.join("; ")} and ${more} more` : named.join("; ");
}

/** The claim nearest in time to `day`. */
function nearestTo(claims: ReconciledClaim[], day: string): ReconciledClaim {
  return claims.reduce((best, claim) => (Math.abs(daysBetween(day, claim.asOf!)) < Math.abs(daysBetween(day, best.asOf!)) ? claim : best));
}

/** The grade of one source's latest figure, with the clause that says why. */
export function gradeFigure(claim: ReconciledClaim, evidence: RuleEvidence, sameWeek: (claim: ReconciledClaim) => SameWeek): { grade: AirwarsGrade; reason: string } {
  const today = evidence.today;
  if (!isCredible(claim)) {
    return { grade: "discounted", reason: claim.unattributed ? "unattributed: the outlet names no source for it" : "from an unnamed source" };
  }
  if (isCount(claim) && claim.claimant.kind === "government") return { grade: "confirmed", reason: "a government's own count" };
  const week = sameWeek(claim);
  if (week.conceding.length > 0) return { grade: "confirmed", reason: `a government's count agrees (${namedFigures(week.conceding, today)})` };
  if (week.agreeing.length > 0) return { grade: "fair", reason: `agrees with ${namedFigures(week.agreeing, today)}` };
  if (week.sources === 1) return { grade: "contested", reason: `disagrees with ${namedFigures([nearestTo(week.others(), claim.asOf!)], today)}` };
  if (week.sources > 1) {
    const spread = week.low === week.high ? formatNumber(week.low) : `${formatNumber(week.low)} to ${formatNumber(week.high)}`;
    return { grade: "contested", reason: `all ${week.sources} other sources that week disagree (${spread})` };
  }
  return { grade: "weak", reason: "no other credible source gave a count within a week of it" };
}

/** The grade, and a note when later counts have overtaken the figure (it stays graded: it is still the source's latest). */
function gradeLatest(claim: ReconciledClaim, evidence: RuleEvidence, sameWeek: (claim: ReconciledClaim) => SameWeek): { grade: AirwarsGrade; reason: string } {
  const graded = gradeFigure(claim, evidence, sameWeek);
  return evidence.overtaken.has(claim) ? { ...graded, reason: `${graded.reason}; overtaken by later counts` } : graded;
}

export function airwarsView(evidence: RuleEvidence): HouseRuleView {
  const sameWeek = sameWeekIndex(evidence.credibleCountsByDay);
  const grades: SourceGrade[] = evidence.latest.map((claim) => ({
    ...gradeLatest(claim, evidence, sameWeek),
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
