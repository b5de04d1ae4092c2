// The review queue: claims in extraction order with their sentence; accept, correct or reject each.
// Plain forms work without script; /assets/app.js adds the keyboard (j/k, a, r, e) and posts them in place.
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../../domain/claim.js";
import { formatDay, formatFigure } from "../../reconcile/index.js";
import type { ClaimCorrection } from "../../store/store.js";
import type { StoredClaim } from "../../store/types.js";
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

/** Reads the correction form: only fields that differ from the stored claim become the correction. */
export function correctionFromForm(form: Record<string, unknown>, claim: StoredClaim): ClaimCorrection | string {
  const text = (name: string) => (typeof form[name] === "string" ? (form[name] as string).trim() : undefined);
  const proposed: Record<string, unknown> = {};
  const enumField = (name: keyof ClaimCorrection, values: readonly string[], nullable = false) => {
    const value = text(name);
    if (value === undefined) return;
    if (value === "" && nullable) proposed[name] = null;
    else if (values.includes(value)) proposed[name] = value;
    else throw new Error(`field '${name}': '${value}' is not one of ${values.join(", ")}`);
  };
  const numberField = (name: "min" | "max") => {
    const value = text(name);
    if (value === undefined) return;
    if (value === "") proposed[name] = null;
    else if (/^\d+$/.test(value)) proposed[name] = Number(value);
    else throw new Error(`field '${name}': '${value}' is not a whole number`);
  };
  try {
    enumField("metric", METRICS);
    enumField("population", POPULATIONS);
    enumField("qualifier", QUALIFIERS);
    enumField("status", STATUSES);
    enumField("claimantKind", CLAIMANT_KINDS, true);
    numberField("min");
    numberField("max");
    const claimant = text("claimant");
    if (claimant !== undefined) proposed.claimant = claimant === "" ? null : claimant;
    const asOf = text("asOf");
    if (asOf !== undefined) {
      if (asOf !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`field 'asOf': '${asOf}' is not a date YYYY-MM-DD`);
      proposed.asOf = asOf === "" ? null : asOf;
    }
    const mainEvent = text("mainEvent");
    if (mainEvent !== undefined) proposed.mainEvent = mainEvent === "yes";
  } catch (error) {
    return (error as Error).message;
  }
  const current = claim as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(proposed).filter(([key, value]) => current[key] !== value)) as ClaimCorrection;
}
