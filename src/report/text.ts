// The report as plain text for a terminal: summary, checks with their evidence, each claimant's series.
import { citeClaim, countNoun, formatDay, formatFigure, formatNumber, outletsOf, populationRows, spreadWords, standingFigures, type StandingFigure } from "../reconcile/index.js";
import type { Check, ReconciledClaim, Series, StandingSummary } from "../reconcile/types.js";
import { houseRulesText } from "./house-rules-text.js";
import { standingLede, undatedText, type ReportView } from "../views/report-view.js";
import type { RegistryStanding } from "../victims/registry-standing.js";
import { fateWords, registryLede, unlinkedWarning } from "../victims/registry-words.js";

const CHECK_TITLES: Record<Check["kind"], string> = {
  breakdown_exceeds_total: "parts exceed total",
  cumulative_falls: "count falls",
  outlets_disagree: "outlets disagree",
  outlier: "far from the others",
};

const EVIDENCE_LIMIT = 220;

/** Control characters in stored text must not reach the terminal (escape sequences). */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim();
}

function quote(text: string): string {
  const safe = terminalSafe(text);
  return `“${safe.length > EVIDENCE_LIMIT ? `${safe.slice(0, EVIDENCE_LIMIT - 1)}…` : safe}”`;
}

/** Where a claim was read: each report's outlet, title and day, with its sentence. */
function reportLines(claim: ReconciledClaim, indent: string): string[] {
  return claim.reports.flatMap((report) => {
    const source = [report.outlet, report.title ? `“${terminalSafe(report.title)}”` : null, report.published ? formatDay(report.published) : null].filter(Boolean).join(", ");
    return [`${indent}${source || `document ${report.documentId}`}`, `${indent}  ${quote(report.evidence.text)}`];
  });
}

/** "987,654 (corrected)": a figure with its hedge, and the word when a reviewer corrected it. */
function figureText(claim: ReconciledClaim): string {
  return `${formatFigure(claim)}${claim.corrected ? " (corrected)" : ""}`;
}

const LABEL_WIDTH = 26;

function figureLines(figures: StandingFigure[], indent: string): string[] {
  return figures.filter((f) => f.citation).map((f) => `${indent}${`${f.label}:`.padEnd(LABEL_WIDTH)}${terminalSafe(f.citation!)}`);
}

function summaryLines(summary: StandingSummary): string[] {
  const lines = [countNoun(summary.metric, summary.population).toUpperCase(), `  ${terminalSafe(summary.statement)}`, ""];
  lines.push(...figureLines(standingFigures(summary), "  "));
  const spread = spreadWords(summary);
  if (spread) lines.push(`  ${"Spread:".padEnd(LABEL_WIDTH)}${spread.value} (${spread.note})`);
  const parts = populationRows(summary).slice(1);
  if (parts.length > 0) {
    lines.push("", "  By population:");
    for (const row of parts) lines.push(`    ${row.label}`, ...figureLines(row.figures, "      "));
  }
  if (summary.latest.length > 0) {
    lines.push("", "  Latest figure per source:");
    for (const claim of summary.latest) {
      const kind = claim.claimant.kind ? ` (${claim.claimant.kind})` : "";
      lines.push(`    ${terminalSafe(claim.claimant.name)}${kind}: ${figureText(claim)}, ${claim.status.replace("_", " ")}, as of ${formatDay(claim.asOf, summary.today)} — via ${terminalSafe(outletsOf(claim).join(", "))}`);
      lines.push(...reportLines(claim, "      ").slice(1, 2));
    }
  }
  return lines;
}

function checkLines(check: Check, index: number): string[] {
  const lines = [`  ${index + 1}. [${CHECK_TITLES[check.kind]}] ${terminalSafe(check.explanation)}`];
  // An outlier check lists every other claimant for context; its evidence is the outlier's own.
  const claims = check.kind === "outlier" ? check.claims.slice(0, 1) : check.claims;
  for (const claim of claims) {
    lines.push(`     - ${citeClaim(claim)}`);
    lines.push(...reportLines(claim, "         "));
  }
  return lines;
}

function seriesLines(series: Series): string[] {
  const lines = [`  ${terminalSafe(series.claimant.name)} — ${countNoun(series.metric, series.population)}`];
  for (const point of series.points) {
    lines.push(`    ${formatDay(point.asOf).padEnd(18)} ${figureText(point).padEnd(20)} ${point.status.replace("_", " ").padEnd(13)} ${terminalSafe(outletsOf(point).join(", "))}`);
  }
  return lines;
}

function registryLines(registry: RegistryStanding): string[] {
  const warning = unlinkedWarning(registry);
  const lines = ["NAMED VICTIMS IN THE REGISTRY", `  ${terminalSafe(registryLede(registry))}.`, ...(warning ? [`  ${warning}`] : [])];
  lines.push(`    ${"Fate".padEnd(22)}${"Named".padStart(8)}  On two or more lists`);
  for (const row of registry.perFate) lines.push(`    ${fateWords(row.fate).padEnd(22)}${formatNumber(row.persons).padStart(8)}  ${formatNumber(row.onSeveralLists)}`);
  return [...lines, ""];
}

export function renderReportText(view: ReportView): string {
  const title = view.event ? terminalSafe(view.event.name) : "All documents";
  const undated = undatedText(view);
  const lines = [`${title} — where the counts stand: ${standingLede(view)}`, ...(undated ? [undated] : []), ""];
  if (view.summaries.length === 0) lines.push("No claims to report.", "");
  for (const summary of view.summaries) lines.push(...summaryLines(summary), "");
  if (view.registry) lines.push(...registryLines(view.registry));
  lines.push(...houseRulesText(view.houseRules, terminalSafe));
  lines.push(`CHECKS (${view.checks.length})`);
  if (view.checks.length === 0) lines.push("  No inconsistencies found.");
  view.checks.forEach((check, i) => lines.push(...checkLines(check, i)));
  lines.push("", "SERIES");
  if (view.series.length === 0) lines.push("  None.");
  for (const series of view.series) lines.push(...seriesLines(series));
  return `${lines.join("\n")}\n`;
}
