// The review queue: claims in extraction order with their sentence; accept, correct (with a reason) or reject each,
// in pages of 100 that keep the event. Plain forms work without script; /assets/app.js adds the keyboard (j/k, a, r, e).
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../../domain/claim.js";
import { claimCorrectionSchema, CORRECTION_FIELDS, type ClaimCorrection } from "../../domain/claim-rules.js";
import { numberFromDigits } from "../../domain/whole-number.js";
import { formatDay, formatFigure } from "../../reconcile/index.js";
import type { StoredClaim } from "../../store/types.js";
import { describeZodError } from "../api/schemas.js";
import { html, type SafeHtml } from "../../views/html.js";
import { correctedMark, statusBadge } from "../../views/fragments.js";
import { evidenceQuote, isolatedName } from "../../views/evidence.js";
import { claimantCell, reviewBadge } from "./claim-pages.js";
import { layout, withEvent, type PageContext } from "./layout.js";
import { QUEUE_PAGE_SIZE, queueUrl, type QueuePage } from "./review-queue.js";
import { whyDetails } from "./why.js";

function select(name: string, values: readonly string[], current: string | null, nullable = false): SafeHtml {
  return html`<select name="${name}">${nullable ? html`<option value="" ${current === null ? html`selected` : ""}>none</option>` : ""}${values.map((v) => html`<option value="${v}" ${v === current ? html`selected` : ""}>${v.replace(/_/g, " ")}</option>`)}</select>`;
}

/** Where a card's forms post: the claim, with the queue's event kept. */
function actionUrl(ctx: PageContext, claim: StoredClaim): string {
  return withEvent(`/review/${claim.id}`, ctx.eventId);
}

function hidden(ctx: PageContext, action: string, next: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="action" value="${action}"><input type="hidden" name="next" value="${next}">`;
}

function acceptForm(ctx: PageContext, claim: StoredClaim, next: string): SafeHtml {
  return html`<form method="post" action="${actionUrl(ctx, claim)}" class="inline review-action">${hidden(ctx, "accept", next)}<button class="accept" data-action="accept">Accept <kbd>a</kbd></button></form>`;
}

function rejectForm(ctx: PageContext, claim: StoredClaim, next: string): SafeHtml {
  return html`<form method="post" action="${actionUrl(ctx, claim)}" class="inline review-action reject-form">${hidden(ctx, "reject", next)}<input name="reason" maxlength="2000" aria-label="Reason for rejecting (optional)" placeholder="reason (optional)"> <button class="reject" data-action="reject">Reject <kbd>r</kbd></button></form>`;
}

function editForm(ctx: PageContext, c: StoredClaim, next: string): SafeHtml {
  return html`<details class="edit"><summary>Correct <kbd>e</kbd></summary>
  <form method="post" action="${actionUrl(ctx, c)}" class="correction">${hidden(ctx, "correct", next)}
    <label>Metric ${select("metric", METRICS, c.metric)}</label>
    <label>Population ${select("population", POPULATIONS, c.population)}</label>
    <label>Min <input type="number" name="min" min="0" value="${c.min ?? ""}"></label>
    <label>Max <input type="number" name="max" min="0" value="${c.max ?? ""}"></label>
    <label>Qualifier ${select("qualifier", QUALIFIERS, c.qualifier)}</label>
    <label>Claimant <input name="claimant" value="${c.claimant ?? ""}"></label>
    <label>Kind ${select("claimantKind", CLAIMANT_KINDS, c.claimantKind, true)}</label>
    <label>Status ${select("status", STATUSES, c.status)}</label>
    <label>As of <input type="date" name="asOf" value="${c.asOf ?? ""}"></label>
    <label>Main event ${select("mainEvent", ["yes", "no"], c.mainEvent ? "yes" : "no")}</label>
    <label class="reason">Reason (required) <input name="reason" required maxlength="2000" placeholder="what was wrong, or where the right figure comes from"></label>
    <button class="save" data-action="correct">Save correction</button>
  </form></details>`;
}

/** One claim with its sentence and the three actions; `next` is where a form post returns. */
export function reviewCard(ctx: PageContext, c: StoredClaim, next: string): SafeHtml {
  return html`<article class="review-card review-${c.reviewState}" id="claim-${c.id}" data-claim-id="${c.id}" tabindex="-1">
  <header><a href="${withEvent(`/claims/${c.id}`, ctx.eventId)}">#${c.id}</a> <strong class="claim-figure">${c.metric.replace(/_/g, " ")} · ${c.population.replace(/_/g, " ")} · ${formatFigure(c)}</strong>${correctedMark(c.reviewState === "corrected")}
    · ${claimantCell(c)} · ${statusBadge(c.status)} · as of ${formatDay(c.asOf)} · ${reviewBadge(c.reviewState)}</header>
  ${evidenceQuote({ text: c.evidence.text, claim: c }, { className: "sentence" })}
  ${whyDetails(ctx, c)}
  <p class="from"><a href="${withEvent(`/documents/${c.documentId}`, ctx.eventId)}#claim-${c.id}">${isolatedName(c.documentTitle ?? `document ${c.documentId}`)}</a>${c.outlet ? ` · ${c.outlet}` : ""}</p>
  <div class="actions">${acceptForm(ctx, c, next)} ${rejectForm(ctx, c, next)} ${editForm(ctx, c, next)}</div>
</article>`;
}

function pageLinks(ctx: PageContext, page: QueuePage<StoredClaim>, showAll: boolean): SafeHtml {
  if (page.previous === null && page.next === null) return html``;
  return html`<nav class="pages" aria-label="Queue pages">${page.previous !== null ? html`<a href="${queueUrl(ctx.eventId, showAll, page.previous)}" rel="prev">← previous ${QUEUE_PAGE_SIZE}</a>` : ""}
    ${page.next !== null ? html`<a href="${queueUrl(ctx.eventId, showAll, page.next)}" rel="next">next ${QUEUE_PAGE_SIZE} →</a>` : ""}</nav>`;
}

export function reviewPage(ctx: PageContext, page: QueuePage<StoredClaim>, showAll: boolean, canEdit: boolean): string {
  const here = queueUrl(ctx.eventId, showAll, page.self);
  // Extraction order on the page: document by document, each in the order its sentences appear.
  const cards = [...page.items].sort((a, b) => a.documentId - b.documentId || a.evidence.start - b.evidence.start || a.id - b.id);
  // Without script a review reloads the page: land on the card after the one reviewed (the reviewed
  // one leaves the unreviewed queue; in the full list it stays, so land on it).
  const nextFor = (i: number) => (showAll || i + 1 >= cards.length ? here : `${here}#claim-${cards[i + 1]!.id}`);
  const shown = page.total > 0 ? `, ${page.start + 1}–${page.start + page.items.length} shown` : "";
  const body = html`<h1>Review queue</h1>
  <p class="lede">${page.total} ${showAll ? "claims" : "claims waiting for review"}${shown}. Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> correct, <kbd>Esc</kbd> close.
  ${showAll ? html`<a href="${queueUrl(ctx.eventId, false)}">Show only unreviewed</a>` : html`<a href="${queueUrl(ctx.eventId, true)}">Show all, including reviewed and rejected</a>`}</p>
  ${canEdit ? "" : html`<p class="warning">You can read the queue; reviewing needs the editor role.</p>`}
  ${pageLinks(ctx, page, showAll)}
  <div class="review-list" data-review-queue>${cards.map((c, i) => reviewCard(ctx, c, nextFor(i)))}</div>
  ${cards.length === 0 ? html`<p class="empty">Nothing to review.</p>` : ""}
  ${pageLinks(ctx, page, showAll)}`;
  return layout(ctx, "Review", body, "/review");
}

/** A form field's text as the value the correction schema checks: "" is none, digits a number, yes/no a boolean. */
function formValue(field: keyof ClaimCorrection, text: string): unknown {
  if (field === "min" || field === "max") return text === "" ? null : (numberFromDigits(text) ?? text);
  if (field === "mainEvent") return text === "yes" ? true : text === "no" ? false : text;
  if (field === "claimant" || field === "claimantKind" || field === "asOf") return text === "" ? null : text;
  return text;
}

/**
 * Reads the correction form with the API's schema (the same rules, the field named when one breaks
 * them): only fields that differ from the stored claim become the correction; a message otherwise.
 */
export function correctionFromForm(form: Record<string, unknown>, claim: StoredClaim): ClaimCorrection | string {
  const values: Record<string, unknown> = {};
  for (const field of CORRECTION_FIELDS) {
    const sent = form[field];
    if (sent !== undefined) values[field] = typeof sent === "string" ? formValue(field, sent.trim()) : sent;
  }
  const result = claimCorrectionSchema.safeParse(values);
  if (!result.success) return describeZodError(result.error, "form field");
  const current = claim as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(result.data).filter(([key, value]) => current[key] !== value)) as ClaimCorrection;
}
