// The registry's estimate beside the claims, shared by the dashboard and the static report: the
// model, N̂ with its interval, the spread across plausible models, the lists and the caveats, or the
// reason no estimate is given. It renders an EstimateSummary (estimate/estimate-summary.ts) and computes nothing.
import type { EstimateSummary } from "../estimate/estimate-summary.js";
import { formatNumber } from "../reconcile/index.js";
import type { StandingSummary } from "../reconcile/types.js";
import { html, type SafeHtml } from "./html.js";

const whole = (n: number) => formatNumber(Math.round(n));
const interval = (ci: readonly [number, number | null]) => `${whole(ci[0])}–${ci[1] === null ? "unbounded" : whole(ci[1])}`;

/** Whose toll the estimate is of, in words: "persons killed", "every person on the lists". */
function whose(fate: EstimateSummary["fate"]): string {
  return fate ? `persons ${fate.replace(/_/g, " ")}` : "every person on the lists";
}

/** The verified floor the claims give for the estimate's fate, shown beside it so the two are read together. */
function floorLine(summary: EstimateSummary, summaries: readonly StandingSummary[]): SafeHtml | "" {
  const standing = summary.fate ? summaries.find((s) => s.metric === summary.fate) : undefined;
  if (!standing) return "";
  const floor = standing.verifiedFloor;
  return html`<li>Verified floor from the claims: ${floor ? html`<strong>${floor.figure}</strong> (${floor.claim.claimant.name})` : "none"}; named on the lists: <strong>${summary.observed === null ? "—" : whole(summary.observed)}</strong>. Both are counts of people found; the estimate adds those no list found.</li>`;
}

function figures(summary: EstimateSummary): SafeHtml {
  return html`<div class="figure" data-figure="Estimate"><span class="label">Estimated total <small>${summary.model ?? ""}</small></span>
    <span class="value${summary.N === null ? " none" : ""}">${summary.N === null ? "none" : whole(summary.N)}</span>
    <span class="source">${summary.ci95 ? `95 % interval ${interval(summary.ci95)}` : "no interval"}</span></div>`;
}

export function estimateSection(summary: EstimateSummary | null | undefined, summaries: readonly StandingSummary[]): SafeHtml | "" {
  if (!summary) return "";
  const lists = summary.lists.length ? summary.lists.join(", ") : "none";
  const counted = summary.observed === null ? "" : html` ${whole(summary.observed)} people on at least one list, ${whole(summary.overlap ?? 0)} on two or more.`;
  const heading = html`<h2>Estimated toll from the linked lists: ${whose(summary.fate)}</h2>`;
  if (summary.refusal !== null || summary.N === null) {
    return html`<section class="estimate refused">${heading}
    <p>Lists: ${lists}.${counted}</p>
    <p class="warning">No estimate: ${summary.refusal ?? "no model fitted cleanly"}.</p>
    ${summary.warnings.length ? html`<ul class="warnings">${summary.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : ""}</section>`;
  }
  const { spread, averaged } = summary;
  return html`<section class="estimate">${heading}
  <div class="figures">${figures(summary)}</div>
  <ul class="estimate-details">
    <li>Lists used: ${lists}.${counted}</li>
    ${floorLine(summary, summaries)}
    ${spread ? html`<li>Models within ${spread.withinBIC} BIC of the best: ${spread.models}, estimates from ${whole(spread.lowestN)} to ${whole(spread.highestN)}${spread.models > 1 ? " (the choice of model moves the estimate; the interval above does not include that)" : ""}.</li>` : ""}
    ${averaged ? html`<li>Averaged over decomposable models (Bayesian): median ${whole(averaged.median)}, 95 % interval ${interval(averaged.ci95)}.</li>` : ""}
  </ul>
  ${summary.warnings.length ? html`<ul class="warnings">${summary.warnings.map((w) => html`<li class="warning">${w}</li>`)}</ul>` : ""}
  <details class="caveats" open><summary>What this estimate cannot see</summary><ul>${summary.caveats.map((c) => html`<li>${c}</li>`)}</ul></details>
  </section>`;
}
