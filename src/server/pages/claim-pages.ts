// Pages over stored claims: the filterable claims table, one claim with its audit trail, documents with highlights.
import { METRICS, POPULATIONS, STATUSES } from "../../domain/claim.js";
import { formatDay, formatFigure } from "../../reconcile/index.js";
import type { AuditEntry, StoredDocument } from "../../store/store.js";
import type { StoredClaim } from "../../store/types.js";
import { REVIEW_STATES, type ClaimsQuery } from "../api/schemas.js";
import { html, type SafeHtml } from "../../views/html.js";
import { correctedMark, statusBadge } from "../../views/fragments.js";
import { languageName } from "../../domain/language.js";
import { isRightToLeftLanguage } from "../../views/direction.js";
import { claimantWithOriginal, evidenceQuote, isolatedName } from "../../views/evidence.js";
import { highlightText } from "../../views/highlight.js";
import { figureInQuote, type TextRange } from "../../views/quote-figure.js";
import { layout, withEvent, type PageContext } from "./layout.js";

function options(values: readonly string[], selected: string | undefined, blank = "any"): SafeHtml {
  return html`<option value="">${blank}</option>${values.map((v) => html`<option value="${v}" ${v === selected ? html`selected` : ""}>${v.replace(/_/g, " ")}</option>`)}`;
}

function queryString(q: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q)) if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
}

/** The claim's claimant beside the form its sentence wrote it in, or "unattributed". */
export function claimantCell(claim: StoredClaim): SafeHtml {
  return claim.claimant ? claimantWithOriginal(claim.claimant, [claim.evidence.text]) : html`<em>unattributed</em>`;
}

export function reviewBadge(state: string): SafeHtml {
  return html`<span class="badge review-${state}" data-review-state="${state}">${state}</span>`;
}

export function claimsPage(ctx: PageContext, q: ClaimsQuery, page: { items: StoredClaim[]; total: number }): string {
  const { limit, offset, ...filters } = q;
  const pageLink = (at: number) => `/claims?${queryString({ ...filters, limit, offset: at })}`;
  const body = html`<h1>Claims</h1>
  <form method="get" action="/claims" class="filters">
    ${q.event !== undefined ? html`<input type="hidden" name="event" value="${q.event}">` : ""}
    <label>Metric <select name="metric">${options(METRICS, q.metric)}</select></label>
    <label>Population <select name="population">${options(POPULATIONS, q.population)}</select></label>
    <label>Claimant <input name="claimant" value="${q.claimant ?? ""}"></label>
    <label>Status <select name="status">${options(STATUSES, q.status)}</select></label>
    <label>Review <select name="review">${options(REVIEW_STATES, q.review)}</select></label>
    <label>From <input type="date" name="from" value="${q.from ?? ""}"></label>
    <label>To <input type="date" name="to" value="${q.to ?? ""}"></label>
    <button>Filter</button>
  </form>
  <p>${page.total} claims${page.total > 0 ? `, ${offset + 1}–${Math.min(offset + limit, page.total)} shown` : ""}.</p>
  <table class="claims"><thead><tr><th>#</th><th>Metric</th><th>Population</th><th>Figure</th><th>Claimant</th><th>Status</th><th>As of</th><th>Outlet</th><th>Review</th></tr></thead><tbody>
  ${page.items.map(
    (c) => html`<tr><td><a href="/claims/${c.id}">${c.id}</a></td><td>${c.metric.replace(/_/g, " ")}</td><td>${c.population.replace(/_/g, " ")}</td>
    <td class="num"><a href="/documents/${c.documentId}#claim-${c.id}" title="${c.evidence.text}">${formatFigure(c)}</a>${correctedMark(c.reviewState === "corrected")}</td><td>${claimantCell(c)}</td>
    <td>${statusBadge(c.status)}</td><td>${formatDay(c.asOf)}</td><td>${c.outlet ?? ""}</td><td>${reviewBadge(c.reviewState)}</td></tr>`,
  )}</tbody></table>
  <nav class="pages">${offset > 0 ? html`<a href="${pageLink(Math.max(0, offset - limit))}">← previous</a>` : ""} ${offset + limit < page.total ? html`<a href="${pageLink(offset + limit)}">next →</a>` : ""}</nav>`;
  return layout(ctx, "Claims", body, "/claims");
}

const AUDITED_FIELDS = ["metric", "population", "min", "max", "qualifier", "claimant", "claimantKind", "status", "asOf", "mainEvent", "reviewState"] as const;

/** "min: 3000 → 2000" for each field the change touched. */
export function auditChanges(entry: AuditEntry): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  return AUDITED_FIELDS.filter((f) => f in after && JSON.stringify(before[f]) !== JSON.stringify(after[f])).map(
    (f) => `${f}: ${JSON.stringify(before[f] ?? null)} → ${JSON.stringify(after[f] ?? null)}`,
  );
}

export function auditTable(audit: AuditEntry[]): SafeHtml {
  if (audit.length === 0) return html`<p class="empty">Not reviewed yet.</p>`;
  return html`<table class="audit"><thead><tr><th>When</th><th>Who</th><th>Action</th><th>Changes</th><th>Reason</th></tr></thead><tbody>
  ${audit.map((a) => html`<tr><td>${a.at}</td><td>${a.actor}</td><td>${a.action}</td><td>${auditChanges(a).map((line) => html`<div>${line}</div>`)}</td><td class="reason">${a.reason ?? html`<span class="empty">none given</span>`}</td></tr>`)}
  </tbody></table>`;
}

/** The review queue's page holding this claim, in the claim's own event; the full list once it is reviewed. */
export function reviewLink(claim: StoredClaim): string {
  const params = new URLSearchParams();
  if (claim.eventId !== null) params.set("event", String(claim.eventId));
  if (claim.reviewState !== "auto") params.set("all", "1");
  params.set("claim", String(claim.id));
  return `/review?${params}#claim-${claim.id}`;
}

export function claimPage(ctx: PageContext, claim: StoredClaim, audit: AuditEntry[]): string {
  const rows: Array<[string, string | boolean | SafeHtml]> = [
    ["Metric", claim.metric], ["Population", claim.population], ["Figure", html`${formatFigure(claim)}${correctedMark(claim.reviewState === "corrected")}`], ["Qualifier", claim.qualifier],
    ["Claimant", claimantCell(claim)], ["Claimant kind", claim.claimantKind ?? ""], ["Status", claim.status], ["As of", claim.asOf ?? "undated"],
    ["Main event", claim.mainEvent ? "yes" : "no"], ["Outlet", claim.outlet ?? ""], ["Published", claim.published ?? ""], ["Extractor", claim.extractorVersion],
  ];
  const body = html`<h1>Claim ${claim.id} ${reviewBadge(claim.reviewState)}</h1>
  ${evidenceQuote({ text: claim.evidence.text, claim }, { className: "sentence" })}
  <p><a href="${withEvent(`/documents/${claim.documentId}`, ctx.eventId)}#claim-${claim.id}">In “${isolatedName(claim.documentTitle ?? `document ${claim.documentId}`)}”</a> · <a href="${reviewLink(claim)}">Review</a> · <a href="${withEvent(`/claims/${claim.id}/why`, ctx.eventId)}">Why</a></p>
  <table class="fields">${rows.map(([k, v]) => html`<tr><th>${k}</th><td>${typeof v === "object" ? v : String(v)}</td></tr>`)}</table>
  <h2>Audit trail</h2>${auditTable(audit)}`;
  return layout(ctx, `Claim ${claim.id}`, body, "/claims");
}

export function documentsPage(ctx: PageContext, page: { items: StoredDocument[]; total: number }, offset: number, limit: number): string {
  const body = html`<h1>Documents</h1><p>${page.total} documents.</p>
  <table><thead><tr><th>#</th><th>Title</th><th>Outlet</th><th>Published</th><th>Language</th><th>Source</th></tr></thead><tbody>
  ${page.items.map((d) => html`<tr><td>${d.id}</td><td><a href="/documents/${d.id}"${titleAttributes(d)}>${d.title ?? "(untitled)"}</a></td><td>${d.outlet ?? ""}</td><td>${d.published ?? ""}</td><td>${languageCell(d.language)}</td><td>${d.url ? html`<a href="${/^https?:\/\//i.test(d.url) ? d.url : "#"}" rel="noopener noreferrer">${d.source}</a>` : d.source}</td></tr>`)}
  </tbody></table>
  <nav class="pages">${offset > 0 ? html`<a href="/documents?offset=${Math.max(0, offset - limit)}">← previous</a>` : ""} ${offset + limit < page.total ? html`<a href="/documents?offset=${offset + limit}">next →</a>` : ""}</nav>`;
  return layout(ctx, "Documents", body, "/documents");
}

/** "Persian" with its code, the name in English as the page is. */
function languageCell(code: string): SafeHtml {
  return html`<span class="language" data-language="${code}">${languageName(code)}</span>`;
}

/** A title in a right-to-left language is isolated and runs its own way inside the English page. */
function titleAttributes(doc: StoredDocument): SafeHtml | "" {
  return isRightToLeftLanguage(doc.language) ? html` dir="rtl" lang="${doc.language}"` : "";
}

/** Where a claim's figure stands in the document: its place in the sentence, moved by the sentence's offset; null when the offsets do not hold the sentence. */
function figureInDocument(doc: StoredDocument, claim: StoredClaim): TextRange | null {
  const { text, start, end } = claim.evidence;
  if (doc.text.slice(start, end) !== text) return null;
  const range = figureInQuote(text, claim, doc.language);
  return range && { start: start + range.start, end: start + range.end };
}

export function documentPage(ctx: PageContext, doc: StoredDocument, claims: StoredClaim[]): string {
  const spans = claims.map((c) => ({ claimId: c.id, start: c.evidence.start, end: c.evidence.end, label: `${c.metric.replace(/_/g, " ")} ${formatFigure(c)}${c.reviewState === "corrected" ? " (corrected)" : ""}${c.claimant ? ` (${c.claimant})` : ""}` }));
  const figures = claims.flatMap((c) => figureInDocument(doc, c) ?? []);
  const textAttributes = isRightToLeftLanguage(doc.language) ? html` dir="rtl" lang="${doc.language}"` : html` lang="${doc.language}"`;
  const body = html`<h1${titleAttributes(doc)}>${doc.title ?? "(untitled)"}</h1>
  <p class="lede">${doc.outlet ?? "Unknown outlet"}${doc.published ? html` · ${formatDay(doc.published)}` : ""} · ${languageCell(doc.language)} · ${claims.length} claims${doc.url ? html` · <span class="url">${doc.url}</span>` : ""}</p>
  <div class="doc-layout"><pre class="doc-text"${textAttributes}>${highlightText(doc.text, spans, figures)}</pre>
  <aside><h2>Claims</h2><ol class="doc-claims">${claims.map(
    (c) => html`<li><a href="#claim-${c.id}">${c.metric.replace(/_/g, " ")} ${formatFigure(c)}</a>${correctedMark(c.reviewState === "corrected")} — ${claimantCell(c)} ${statusBadge(c.status)} ${reviewBadge(c.reviewState)} <a href="/claims/${c.id}">details</a></li>`,
  )}</ol></aside></div>`;
  return layout(ctx, doc.title ?? `Document ${doc.id}`, body, "/documents");
}
