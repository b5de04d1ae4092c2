// The "House rules" section shared by the event overview and the static report: per metric, the figure
// ACLED, UCDP, IBC and Airwars would publish, each beside its one-line explanation, every number linked to its evidence.
import { countNoun } from "../reconcile/index.js";
import { CREDIBLE_NOTE, gradeWord, type HouseRules, type HouseRuleView, type RuleFigure, type SourceGrade } from "../reconcile/house-rules/index.js";
import { html, type SafeHtml } from "./html.js";
import { correctedMark, type EvidenceLink } from "./fragments.js";

function capitalised(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function figureLink(figure: RuleFigure | SourceGrade, link: EvidenceLink): SafeHtml {
  const claimId = figure.claimIds[0];
  const cited = claimId === undefined ? html`${figure.cited}` : html`<a href="${link(claimId, figure.documentId)}">${figure.cited}</a>`;
  return html`${cited}${correctedMark(figure.corrected)}`;
}

function sourcesCell(view: HouseRuleView, link: EvidenceLink): SafeHtml {
  if (view.grades.length > 0) {
    return html`<ul class="grades">${view.grades.map(
      (grade) => html`<li class="grade grade-${grade.grade}" data-grade="${grade.grade}"><strong>${gradeWord(grade.grade)}</strong> ${figureLink(grade, link)} — ${grade.reason}</li>`,
    )}</ul>`;
  }
  if (view.figures.length === 0) return html`<span class="empty">none</span>`;
  const named = view.figures.length > 1;
  return html`${view.figures.map((figure, i) => html`${i > 0 ? html`<br>` : ""}${named ? `${figure.measure}: ` : ""}${figureLink(figure, link)}`)}`;
}

function rulesTable(rules: HouseRules, link: EvidenceLink, explained: boolean): SafeHtml {
  return html`<table class="house-rules" data-metric="${rules.metric}" data-population="${rules.population}"><thead><tr><th>Rule</th><th>Figure</th><th>Read from</th>${explained ? html`<th>How it is read</th>` : ""}</tr></thead><tbody>
  ${rules.views.map(
    (view) => html`<tr data-rule="${view.rule}"><th scope="row">${view.label}</th><td class="num">${view.headline}</td><td>${sourcesCell(view, link)}</td>${explained ? html`<td class="explanation"><small>${view.explanation}</small></td>` : ""}</tr>`,
  )}
  </tbody></table>`;
}

/** One metric: its first population (usually "all") with the explanations, the others folded below. */
function metricBlock(group: HouseRules[], link: EvidenceLink): SafeHtml {
  const [first, ...rest] = group;
  return html`<h3>${capitalised(countNoun(first!.metric, first!.population))}</h3>
  ${rulesTable(first!, link, true)}
  ${rest.length === 0 ? "" : html`<details><summary>By population: ${rest.map((r) => countNoun(r.metric, r.population)).join(", ")}</summary>
    ${rest.map((rules) => html`<h4>${capitalised(countNoun(rules.metric, rules.population))}</h4>${rulesTable(rules, link, false)}`)}</details>`}`;
}

export function houseRulesSection(all: HouseRules[], link: EvidenceLink): SafeHtml {
  if (all.length === 0) return html``;
  const byMetric = new Map<string, HouseRules[]>();
  for (const rules of all) byMetric.set(rules.metric, [...(byMetric.get(rules.metric) ?? []), rules]);
  return html`<section class="house-rules" id="house-rules">
  <h2>House rules</h2>
  <p class="lede">The figure each public methodology would publish from these same claims. ${CREDIBLE_NOTE}</p>
  ${[...byMetric.values()].map((group) => metricBlock(group, link))}
</section>`;
}
