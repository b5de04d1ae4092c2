// Pages built from the reconciliation: the event overview, the checks, the claimants and one claimant's series.
import { renderTimeline } from "../../views/charts/timeline.js";
import { seriesColours, timelineLines } from "../../views/charts/from-series.js";
import { countNoun, formatDay, formatFigure, outletsOf } from "../../reconcile/index.js";
import type { Series } from "../../reconcile/types.js";
import { standingLede, type ReportView } from "../../views/report-view.js";
import { claimantsOf } from "../claimants.js";
import { html, raw, type SafeHtml } from "../../views/html.js";
import type { ChecksCuration } from "./curation-pages.js";
import { estimateSection } from "../../views/estimate-section.js";
import { registrySection } from "../../views/registry-section.js";
import { houseRulesSection } from "../../views/house-rules.js";
import { checkItem, correctedMark, figureCell, statusBadge, summarySection, undatedNote, type EvidenceLink } from "../../views/fragments.js";
import { claimantWithOriginal, evidenceQuote, isolatedName } from "../../views/evidence.js";
import { layout, type PageContext } from "./layout.js";
import type { StoredAlert } from "../../store/alerts.js";
import { recentAlertsSection } from "./recent-alerts.js";

export const documentLink: EvidenceLink = (claimId, documentId) => `/documents/${documentId}#claim-${claimId}`;

export function claimantHref(ctx: PageContext): (name: string) => string {
  return (name) => `/claimants/${encodeURIComponent(name)}${ctx.eventId === undefined ? "" : `?event=${ctx.eventId}`}`;
}

function scopeTitle(view: ReportView): string {
  return view.event ? view.event.name : "All documents";
}

/** `alerts`: the newest alerts of the event shown, newest first. */
export function overviewPage(ctx: PageContext, view: ReportView, alerts: readonly StoredAlert[] = []): string {
  const body = html`<h1>${scopeTitle(view)}</h1>
  <p class="lede">Where the counts stand: ${standingLede(view)}. <a href="/report.html${ctx.eventId === undefined ? "" : `?event=${ctx.eventId}`}">Download the static report</a></p>
  ${undatedNote(view)}
  ${view.summaries.length === 0 ? html`<p class="empty">No claims yet. Ingest reports with <code>tally ingest PATH</code>.</p>` : ""}
  ${view.summaries.map((summary) => summarySection(summary, view.series, documentLink, claimantHref(ctx), true))}
  ${registrySection(view.registry, "/victims")}
  ${estimateSection(view.estimate, view.summaries)}
  ${houseRulesSection(view.houseRules, documentLink)}
  ${recentAlertsSection(alerts)}
  <p><a href="/checks${ctx.eventId === undefined ? "" : `?event=${ctx.eventId}`}">${view.checks.length} consistency checks</a> flag these figures.</p>`;
  return layout(ctx, scopeTitle(view), body, "/");
}

export function checksPage(ctx: PageContext, view: ReportView, curation?: ChecksCuration): string {
  const body = html`<h1>Checks — ${scopeTitle(view)}</h1>${curation?.header ?? ""}
  ${view.checks.length === 0 ? html`<p class="empty">No inconsistencies found.</p>` : html`<ol class="checks">${view.checks.map((check) => checkItem(check, documentLink, curation?.forCheck(check)))}</ol>`}
  ${curation?.footer ?? ""}`;
  return layout(ctx, "Checks", body, "/checks");
}

/** `edited`: the claimants analysts merged, renamed or marked not a source (curation-pages.ts). */
export function claimantsPage(ctx: PageContext, view: ReportView, edited?: SafeHtml): string {
  const claimants = claimantsOf(view.series.flatMap((s) => s.points));
  const href = claimantHref(ctx);
  const body = html`<h1>Claimants — ${scopeTitle(view)}</h1>
  <table><thead><tr><th>Claimant</th><th>Kind</th><th>Claims</th><th>Metrics</th></tr></thead><tbody>
  ${claimants.map((c) => html`<tr><td><a href="${href(c.name)}">${isolatedName(c.name)}</a>${c.generic ? html` <small>(description)</small>` : ""}</td><td>${c.kind ?? ""}</td><td class="num">${c.claims}</td><td>${c.metrics.join(", ").replace(/_/g, " ")}</td></tr>`)}
  </tbody></table>
  ${edited ?? ""}`;
  return layout(ctx, "Claimants", body, "/claimants");
}

function seriesBlock(series: Series, colours: Map<string, string>): ReturnType<typeof html> {
  const noun = countNoun(series.metric, series.population);
  return html`<section class="series"><h2>${noun}</h2>
  <figure class="chart">${raw(renderTimeline(timelineLines([series], colours), { height: 260, title: `${series.claimant.name}: ${noun}` }))}</figure>
  <table><thead><tr><th>As of</th><th>Figure</th><th>Status</th><th>Carried by</th><th>Sentence</th></tr></thead><tbody>
  ${series.points.map((p) => html`<tr><td>${formatDay(p.asOf)}</td><td class="num">${figureCell(p, documentLink)}</td><td>${statusBadge(p.status)}</td><td>${outletsOf(p).join(", ")}</td>${p.reports[0] ? evidenceQuote({ text: p.reports[0].evidence.text, claim: p }, { tag: "td", className: "sentence" }) : html`<td></td>`}</tr>`)}
  </tbody></table></section>`;
}

/** `curation`: the claimant's edit forms and history (curation-pages.ts). */
export function claimantPage(ctx: PageContext, view: ReportView, name: string, curation?: SafeHtml): string | null {
  const series = view.series.filter((s) => s.claimant.name.toLowerCase() === name.toLowerCase());
  if (series.length === 0) return null;
  const claimant = series[0]!.claimant;
  const colours = seriesColours(view.series);
  const latest = series[0]!.points[series[0]!.points.length - 1]!;
  const quotes = series.flatMap((s) => s.points.flatMap((p) => p.reports.map((r) => r.evidence.text)));
  const body = html`<h1>${claimantWithOriginal(claimant.name, quotes)} <small>${claimant.kind ?? ""}</small></h1>
  <p class="lede">${series.length} series in ${scopeTitle(view)}; latest figure ${formatFigure(latest)}${correctedMark(latest.corrected)}.</p>
  ${series.map((s) => seriesBlock(s, colours))}
  ${curation ?? ""}`;
  return layout(ctx, claimant.name, body, "/claimants");
}
