// The review queue: claims in extraction order with their sentence; accept, correct or reject each.
// Plain forms work without script; /assets/app.js adds the keyboard (j/k, a, r, e) and posts them in place.
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../../domain/claim.js";
import { claimCorrectionSchema, CORRECTION_FIELDS, type ClaimCorrection } from "../../domain/claim-rules.js";
import { numberFromDigits } from "../../domain/whole-number.js";
import { formatDay, formatFigure } from "../../reconcile/index.js";
import type { StoredClaim } from "../../store/types.js";
import { describeZodError } from "../api/schemas.js";
import { html, type SafeHtml } from "../html.js";
import { statusBadge } from "./fragments.js";
import { reviewBadge } from "./claim-pages.js";
import { layout, type PageContext } from "./layout.js";

function select(name: string, values: readonly string[], current: string | null, nullable = false): SafeHtml {
  return html`<select name="${name}">${nullable ? html`<option value="" ${current === null ? html`selected` : ""}>none</option>` : ""}${values.map((v) => html`<option value="${v}" ${v === current ? html`selected` : ""}>${v.replace(/_/g, " ")}</option>`)}</select>`;
}

function actionForm(ctx: PageContext, claim: StoredClaim, action: "accept" | "reject", next: string): SafeHtml {
  const label = action === "accept" ? "Accept" : "Reject";
  return html`<form method="post" action="/review/${claim.id}" class="inline review-action"><input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="action" value="${action}"><input type="hidden" name="next" value="${next}"><button class="${action}" data-action="${action}">${label} <kbd>${action[0]}</kbd></button></form>`;
}

function editForm(ctx: PageContext, c: StoredClaim, next: string): SafeHtml {
  return html`<details class="edit"><summary>Correct <kbd>e</kbd></summary>
  <form method="post" action="/review/${c.id}" class="correction"><input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="action" value="correct"><input type="hidden" name="next" value="${next}">
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
    <button class="save" data-action="correct">Save correction</button>
  </form></details>`;
}

export function reviewCard(ctx: PageContext, c: StoredClaim, next: string): SafeHtml {
  return html`<article class="review-card review-${c.reviewState}" id="claim-${c.id}" data-claim-id="${c.id}" tabindex="-1">
  <header><a href="/claims/${c.id}">#${c.id}</a> <strong class="claim-figure">${c.metric.replace(/_/g, " ")} · ${c.population.replace(/_/g, " ")} · ${formatFigure(c)}</strong>
    · ${c.claimant ?? html`<em>unattributed</em>`} · ${statusBadge(c.status)} · as of ${formatDay(c.asOf)} · ${reviewBadge(c.reviewState)}</header>
  <blockquote class="sentence">${c.evidence.text}</blockquote>
  <p class="from"><a href="/documents/${c.documentId}#claim-${c.id}">${c.documentTitle ?? `document ${c.documentId}`}</a>${c.outlet ? ` · ${c.outlet}` : ""}</p>
  <div class="actions">${actionForm(ctx, c, "accept", next)} ${actionForm(ctx, c, "reject", next)} ${editForm(ctx, c, next)}</div>
</article>`;
}

export function reviewPage(ctx: PageContext, claims: StoredClaim[], total: number, showAll: boolean, canEdit: boolean): string {
  const here = `/review${showAll ? "?all=1" : ""}`;
  const body = html`<h1>Review queue</h1>
  <p class="lede">${total} ${showAll ? "claims" : "claims waiting for review"}. Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> correct, <kbd>Esc</kbd> close.
  ${showAll ? html`<a href="/review">Show only unreviewed</a>` : html`<a href="/review?all=1">Show all, including reviewed and rejected</a>`}</p>
  ${canEdit ? "" : html`<p class="warning">You can read the queue; reviewing needs the editor role.</p>`}
  <div class="review-list" data-review-queue>${claims.map((c) => reviewCard(ctx, c, here))}</div>
  ${claims.length === 0 ? html`<p class="empty">Nothing to review.</p>` : ""}`;
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
