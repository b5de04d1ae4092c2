// Pieces of HTML shared by the dashboard and the static report: a standing summary with its chart, a check.
import { renderTimeline } from "./charts/timeline.js";
import { seriesColours, timelineLines } from "./charts/from-series.js";
import { countNoun, formatDay, formatFigure, outletsOf, populationRows, qualifierWords, spreadWords, standingFigures, type StandingFigure } from "../reconcile/index.js";
import type { Check, ReconciledClaim, Series, StandingSummary } from "../reconcile/types.js";
import { claimantWithOriginal, evidenceQuote, isolatedName } from "./evidence.js";
import { html, raw, type SafeHtml } from "./html.js";
import { undatedText, type UndatedCount } from "./report-view.js";

export const CHECK_TITLES: Record<Check["kind"], string> = {
  breakdown_exceeds_total: "Parts exceed the total",
  cumulative_falls: "A cumulative count falls",
  outlets_disagree: "Outlets disagree on the same source",
  outlier: "Far from the other sources",
};

/** How pages link to a claim's evidence: the dashboard to its document view, the static report to an anchor. */
export type EvidenceLink = (claimId: number, documentId: number) => string;

/** What the documents with no publication date mean, under a report's lede; nothing when all are dated. */
export function undatedNote(count: UndatedCount): SafeHtml | "" {
  const text = undatedText(count);
  return text ? html`<p class="warning undated">${text}</p>` : "";
}

export function statusBadge(status: string): SafeHtml {
  return html`<span class="badge status-${status}">${status.replace("_", " ")}</span>`;
}

/** The mark of a figure a reviewer corrected: seen as "✎ corrected", read as "corrected". */
export const CORRECTED_MARK = '<span class="corrected-mark" title="A reviewer corrected this figure"><span aria-hidden="true">✎</span> corrected</span>';

export function correctedMark(corrected: boolean): SafeHtml {
  return corrected ? html` ${raw(CORRECTED_MARK)}` : html``;
}

export function figureCell(claim: ReconciledClaim, link: EvidenceLink): SafeHtml {
  const report = claim.reports[0];
  const figure = formatFigure(claim);
  return html`${report ? html`<a href="${link(report.claimId, report.documentId)}">${figure}</a>` : figure}${correctedMark(claim.corrected)}`;
}

function evidenceLink(claim: ReconciledClaim | null, link: EvidenceLink): SafeHtml | "" {
  const report = claim?.reports[0];
  return report ? html` · <a href="${link(report.claimId, report.documentId)}">evidence</a>` : "";
}

/** A headline card: the value (a vague figure in its own words), whose count a floor comes from, and the sourced figure. */
function figureCard(figure: StandingFigure, link: EvidenceLink): SafeHtml {
  if (!figure.value) return html`<div class="figure" data-figure="${figure.label}"><span class="label">${figure.label}</span><span class="value none">none</span></div>`;
  return html`<div class="figure" data-figure="${figure.label}"><span class="label">${figure.label}${figure.from ? html` <small>from ${figure.from}</small>` : ""}</span><span class="value">${figure.value}${correctedMark(figure.claim?.corrected ?? false)}</span>
    <span class="source">${figure.citation}${evidenceLink(figure.claim, link)}</span></div>`;
}

function spreadCard(spread: ReturnType<typeof spreadWords>): SafeHtml {
  return html`<div class="figure" data-figure="Spread"><span class="label">Spread</span><span class="value${spread ? "" : " none"}">${spread?.value ?? "–"}</span>
    <span class="source">${spread?.note ?? ""}</span></div>`;
}

/** Everyone, then each population with claims: verified, under review, highest reported figure, highest estimate. */
function populationTable(summary: StandingSummary, link: EvidenceLink): SafeHtml | "" {
  const rows = populationRows(summary);
  if (rows.length < 2) return "";
  const cell = (figure: StandingFigure) => (figure.citation ? html`<td data-field="${figure.field}">${figure.citation}${evidenceLink(figure.claim, link)}</td>` : html`<td data-field="${figure.field}">–</td>`);
  return html`<table class="populations"><thead><tr><th>Population</th>${rows[0]!.figures.map((f) => html`<th>${f.label}</th>`)}</tr></thead><tbody>
  ${rows.map((row) => html`<tr data-population="${row.population}"><th scope="row">${row.label}</th>${row.figures.map(cell)}</tr>`)}
  </tbody></table>`;
}

/** JSON inside a data block: "<" escaped so no text can close the element. */
function jsonBlock(value: unknown): SafeHtml {
  return raw(`<script type="application/json" class="timeline-data">${JSON.stringify(value).replace(/</g, "\\u003c")}</script>`);
}

/**
 * The chart as SVG. Interactive (dashboard) charts also carry their lines as JSON, so the page can redraw
 * them with the same module (/assets/timeline.js) when a reader hides or shows claimants.
 * Colours come from all the series given (the event's), so a claimant has one colour in every chart.
 */
export function timelineFigure(summary: StandingSummary, series: Series[], interactive: boolean): SafeHtml {
  const relevant = series.filter((s) => s.metric === summary.metric && s.population === summary.population);
  const lines = timelineLines(relevant, seriesColours(series));
  const title = `${countNoun(summary.metric, summary.population)} over time, per claimant`;
  const svg = raw(renderTimeline(lines, { title }));
  return interactive && lines.length > 1
    ? html`<figure class="chart" data-timeline data-title="${title}">${svg}${jsonBlock(lines)}</figure>`
    : html`<figure class="chart">${svg}</figure>`;
}

/** The claim's claimant (a link where the page has one per claimant) beside the form its sentences wrote it in. */
export function claimantOf(claim: ReconciledClaim, href?: (name: string) => string): SafeHtml {
  const name = claim.claimant.name;
  const shown = href ? html`<a href="${href(name)}">${isolatedName(name)}</a>` : isolatedName(name);
  return claimantWithOriginal(name, claim.reports.map((r) => r.evidence.text), shown);
}

/** One count's standing: the statement, the headline figures, a row per population, the chart, each claimant's latest figure. */
export function summarySection(summary: StandingSummary, series: Series[], link: EvidenceLink, claimantHref?: (name: string) => string, interactive = false): SafeHtml {
  const noun = countNoun(summary.metric, summary.population);
  return html`<section class="summary" id="summary-${summary.metric}-${summary.population}" data-metric="${summary.metric}">
  <h2>${noun[0]!.toUpperCase()}${noun.slice(1)}</h2>
  <p class="statement">${summary.statement}</p>
  <div class="figures">
    ${standingFigures(summary).map((figure) => figureCard(figure, link))}
    ${spreadCard(spreadWords(summary))}
  </div>
  ${populationTable(summary, link)}
  ${timelineFigure(summary, series, interactive)}
  <table class="latest"><thead><tr><th>Claimant</th><th>Latest figure</th><th>Hedge</th><th>Status</th><th>As of</th><th>Carried by</th></tr></thead><tbody>
  ${summary.latest.map(
    (claim) => html`<tr data-claimant="${claim.claimant.name}">
      <td>${claimantOf(claim, claimantHref)}${claim.claimant.kind ? html` <small>${claim.claimant.kind}</small>` : ""}</td>
      <td class="num">${figureCell(claim, link)}</td><td>${qualifierWords(claim.qualifier)}</td><td>${statusBadge(claim.status)}</td>
      <td>${formatDay(claim.asOf, summary.today)}</td><td>${outletsOf(claim).join(", ")}</td></tr>`,
  )}
  </tbody></table>
</section>`;
}

/** `footer`: what the dashboard adds under a check (its dismiss form and history). */
export function checkItem(check: Check, link: EvidenceLink, footer?: SafeHtml): SafeHtml {
  // An outlier check lists the other claimants for context; its evidence is the outlier's own.
  const claims = check.kind === "outlier" ? check.claims.slice(0, 1) : check.claims;
  return html`<li class="check check-${check.kind}"><h3>${CHECK_TITLES[check.kind]} <small>${check.metric.replace(/_/g, " ")}</small></h3>
  <p>${check.explanation}</p>
  <ul class="evidence">${claims.map((claim) =>
    claim.reports.map(
      (report) => html`<li><span class="cite">${claimantOf(claim)}: ${formatFigure(claim)}${correctedMark(claim.corrected)} (${formatDay(claim.asOf)}) — ${report.outlet ?? "unknown outlet"}${report.title ? html`, “${isolatedName(report.title)}”` : ""}</span>
      ${evidenceQuote({ text: report.evidence.text, claim }, { href: link(report.claimId, report.documentId) })}</li>`,
    ),
  )}</ul>${footer ?? ""}</li>`;
}
