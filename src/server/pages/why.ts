// "Why": what decided each field of a claim, as the extractor explains it now (see ../explain.ts).
// A page of its own, and the table the review queue's collapsible "Why" loads into each card.
import type { StoredClaim } from "../../store/types.js";
import { evidenceQuote } from "../../views/evidence.js";
import { html, type SafeHtml } from "../../views/html.js";
import type { StoredClaimExplanation } from "../explain.js";
import { layout, withEvent, type PageContext } from "./layout.js";

/** The table of decisions, or a line saying why there is none. */
export function whyTable(explanation: StoredClaimExplanation): SafeHtml {
  if (!explanation.extracted) {
    return html`<p class="why-note">The extractor (version ${explanation.explainedBy}) no longer makes a claim from this sentence, so it cannot say why it once did (version ${explanation.extractorVersion}).</p>`;
  }
  const note = explanation.matches
    ? ""
    : html`<p class="why-note">The claim as stored differs from what the extractor makes now (a reviewer's correction, or another extractor version): this is why it makes its own.</p>`;
  return html`${note}<table class="why-table"><thead><tr><th>Field</th><th>Value</th><th>Decided by</th><th>Words read</th></tr></thead><tbody>
  ${explanation.fields.map((f) => html`<tr><th>${f.field}</th><td>${f.value}</td><td><strong>${f.stage}</strong>: ${f.rule}</td><td>${f.words === null ? html`<em>none</em>` : html`<q>${f.words}</q>`}</td></tr>`)}
  </tbody></table>`;
}

/** The "Why" under a review card: a link without script; the page's script loads the table in place on opening. */
export function whyDetails(ctx: PageContext, claim: StoredClaim): SafeHtml {
  const url = withEvent(`/claims/${claim.id}/why`, ctx.eventId);
  return html`<details class="why" data-why="${url}"><summary>Why</summary><div class="why-body"><a href="${url}">What decided each field of this claim</a></div></details>`;
}

export function whyPage(ctx: PageContext, claim: StoredClaim, explanation: StoredClaimExplanation): string {
  const body = html`<h1>Why claim ${claim.id}</h1>
  ${evidenceQuote({ text: claim.evidence.text, claim }, { className: "sentence" })}
  <p><a href="${withEvent(`/claims/${claim.id}`, ctx.eventId)}">Claim ${claim.id}</a> · <a href="${withEvent(`/review?claim=${claim.id}`, ctx.eventId)}">Review</a></p>
  <div class="why-body">${whyTable(explanation)}</div>`;
  return layout(ctx, `Why claim ${claim.id}`, body, "/review");
}
