// The named-victims pages: the registry (persons with their records side by side, counts per fate and
// list, the lists' overlap) and the link review queue (match / not a match per pair, by mouse or by
// keys: /assets/app.js adds j/k, m and n; without script the forms post and come back).
import { renderUpset } from "../../views/charts/upset.js";
import { html, raw, type SafeHtml } from "../../views/html.js";
import { recordsSideBySide, victimRecordCard } from "../../views/victim-record.js";
import type { RegistrySummary } from "../../victims/registry.js";
import { PERSON_FATES, type PairToReview, type PersonFilter, type PublicPerson } from "../victims.js";
import { layout, type PageContext } from "./layout.js";

export const VICTIMS_PAGE_SIZE = 100;

const fateLabel = (fate: string) => fate.replace(/_/g, " ");

function victimsUrl(filter: PersonFilter, offset = 0): string {
  const params = new URLSearchParams();
  if (filter.list !== undefined) params.set("list", filter.list);
  if (filter.fate !== undefined) params.set("fate", filter.fate);
  if (offset > 0) params.set("offset", String(offset));
  const query = params.toString();
  return `/victims${query ? `?${query}` : ""}`;
}

function filterForm(summary: RegistrySummary, filter: PersonFilter): SafeHtml {
  const lists = Object.keys(summary.personsPerList).sort();
  return html`<form method="get" action="/victims" class="filters">
    <label>List <select name="list"><option value="">any</option>${lists.map((list) => html`<option value="${list}" ${list === filter.list ? html`selected` : ""}>${list}</option>`)}</select></label>
    <label>Fate <select name="fate"><option value="">any</option>${PERSON_FATES.map((fate) => html`<option value="${fate}" ${fate === filter.fate ? html`selected` : ""}>${fateLabel(fate)}</option>`)}</select></label>
    <button>Show</button></form>`;
}

function countTables(summary: RegistrySummary): SafeHtml {
  const lists = Object.keys(summary.recordsPerList).sort();
  return html`<div class="victim-counts">
  <table class="per-fate"><caption>Persons per fate</caption><thead><tr><th>Fate</th><th class="num">Persons</th></tr></thead><tbody>
    ${PERSON_FATES.filter((fate) => summary.personsPerFate[fate] > 0).map((fate) => html`<tr data-fate="${fate}"><td>${fateLabel(fate)}</td><td class="num">${summary.personsPerFate[fate]}</td></tr>`)}
  </tbody></table>
  <table class="per-list"><caption>Per list</caption><thead><tr><th>List</th><th class="num">Records</th><th class="num">Persons</th></tr></thead><tbody>
    ${lists.map((list) => html`<tr data-list="${list}"><td>${list}</td><td class="num">${summary.recordsPerList[list]}</td><td class="num">${summary.personsPerList[list]}</td></tr>`)}
  </tbody></table></div>`;
}

function overlapFigure(summary: RegistrySummary): SafeHtml {
  if (summary.persons === 0) return html``;
  const lists = Object.entries(summary.personsPerList).map(([name, persons]) => ({ name, persons }));
  return html`<figure class="chart upset-chart">${raw(renderUpset({ lists, combinations: summary.overlap }))}
    <figcaption>Persons named by exactly each combination of lists; the rows are the lists and how many persons each names.</figcaption></figure>`;
}

function personRow(person: PublicPerson): SafeHtml {
  return html`<tr class="person" id="person-${person.personId}"><td><span class="person-id">${person.personId}</span><br>${person.fate ? fateLabel(person.fate) : html`<em>fate unknown</em>`}<br><span class="lists">${person.lists.join(", ")}</span></td>
    <td><div class="person-records">${person.records.map(victimRecordCard)}</div></td></tr>`;
}

export function victimsPage(ctx: PageContext, summary: RegistrySummary, persons: PublicPerson[], filter: PersonFilter, offset: number, pairsWaiting: number): string {
  const page = persons.slice(offset, offset + VICTIMS_PAGE_SIZE);
  const previous = offset > 0 ? Math.max(0, offset - VICTIMS_PAGE_SIZE) : null;
  const next = offset + VICTIMS_PAGE_SIZE < persons.length ? offset + VICTIMS_PAGE_SIZE : null;
  const nav = previous === null && next === null ? html`` : html`<nav class="pages" aria-label="Person pages">${previous !== null ? html`<a href="${victimsUrl(filter, previous)}" rel="prev">← previous ${VICTIMS_PAGE_SIZE}</a>` : ""} ${next !== null ? html`<a href="${victimsUrl(filter, next)}" rel="next">next ${VICTIMS_PAGE_SIZE} →</a>` : ""}</nav>`;
  const body = html`<h1>Named victims</h1>
  <p class="lede">${summary.records} records from ${Object.keys(summary.recordsPerList).length} lists, linked into ${summary.persons} persons; ${summary.onSeveralLists} named by two or more lists.
    ${pairsWaiting > 0 ? html`<a href="/victims/review">${pairsWaiting} pairs of records wait for review</a>.` : ""}</p>
  ${summary.records === 0 ? html`<p class="empty">No lists yet: import one with <code>tally victims import FILE --list NAME</code>, then <code>tally victims link</code>.</p>` : html`
  ${countTables(summary)}
  <h2>How the lists overlap</h2>
  ${overlapFigure(summary)}
  <h2>Persons</h2>
  ${filterForm(summary, filter)}
  <p>${persons.length} persons${persons.length > 0 ? `, ${offset + 1}–${offset + page.length} shown` : ""}.</p>
  ${nav}
  <table class="persons"><thead><tr><th>Person</th><th>Records, side by side</th></tr></thead><tbody>${page.map(personRow)}</tbody></table>
  ${nav}`}`;
  return layout(ctx, "Named victims", body, "/victims");
}

function hidden(ctx: PageContext, pair: PairToReview, decision: "match" | "not_match", next: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="recordA" value="${pair.recordA}"><input type="hidden" name="recordB" value="${pair.recordB}"><input type="hidden" name="decision" value="${decision}"><input type="hidden" name="next" value="${next}">`;
}

function pairCard(ctx: PageContext, pair: PairToReview, index: number, next: string, canEdit: boolean): SafeHtml {
  const forms = canEdit
    ? html`<div class="actions">
      <form method="post" action="/victims/review" class="inline link-action">${hidden(ctx, pair, "match", next)}<button class="accept" data-decision="match">One person <kbd>m</kbd></button></form>
      <form method="post" action="/victims/review" class="inline link-action">${hidden(ctx, pair, "not_match", next)}<input name="reason" maxlength="2000" aria-label="Reason (optional)" placeholder="reason (optional)"> <button class="reject" data-decision="not_match">Not a match <kbd>n</kbd></button></form></div>`
    : "";
  return html`<article class="link-card" id="pair-${index}" data-record-a="${pair.recordA}" data-record-b="${pair.recordB}" tabindex="-1">
  <header>probability <strong>${pair.probability.toFixed(3)}</strong> · weight ${pair.weight.toFixed(2)} · <span class="link-state" data-link-state="open">undecided</span></header>
  ${recordsSideBySide([pair.recordA, pair.recordB], [pair.a, pair.b])}
  ${forms}</article>`;
}

export function linkReviewPage(ctx: PageContext, pairs: PairToReview[], offset: number, canEdit: boolean): string {
  const page = pairs.slice(offset, offset + VICTIMS_PAGE_SIZE);
  const here = offset > 0 ? `/victims/review?offset=${offset}` : "/victims/review";
  // Without script a decision reloads the page: the decided pair leaves the queue, so land on the one after it.
  const nextFor = (i: number) => (i + 1 < page.length ? `${here}#pair-${offset + i}` : here);
  const more = offset + VICTIMS_PAGE_SIZE < pairs.length ? html`<nav class="pages"><a href="/victims/review?offset=${offset + VICTIMS_PAGE_SIZE}" rel="next">next ${VICTIMS_PAGE_SIZE} →</a></nav>` : "";
  const body = html`<h1>Link review</h1>
  <p class="lede">${pairs.length} pairs of records the linker could not decide, most likely first${pairs.length > 0 ? `, ${offset + 1}–${offset + page.length} shown` : ""}. Each decision is kept and applied by every later <code>tally victims link</code>.
    Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>m</kbd> one person, <kbd>n</kbd> not a match. <a href="/victims">The registry</a></p>
  ${canEdit ? "" : html`<p class="warning">You can read the queue; deciding needs the editor role.</p>`}
  <div class="link-list" data-link-queue>${page.map((pair, i) => pairCard(ctx, pair, offset + i, nextFor(i), canEdit))}</div>
  ${page.length === 0 ? html`<p class="empty">Nothing to review (run <code>tally victims link</code> after importing lists).</p>` : ""}
  ${more}`;
  return layout(ctx, "Link review", body, "/victims");
}
