// The house-rule views as plain text for the terminal report: each rule's one-line explanation once,
// then per metric and population the figure each rule publishes, sourced, and each source's grade.
import { countNoun } from "../reconcile/index.js";
import { CREDIBLE_NOTE, gradeWord, type HouseRules, type HouseRuleView } from "../reconcile/house-rules/index.js";

/** Stored text must not reach the terminal as control characters. */
type Safe = (text: string) => string;

const LABEL_WIDTH = 15;

function figureLines(view: HouseRuleView, safe: Safe): string[] {
  const lines = [`    ${view.label.padEnd(LABEL_WIDTH)}${view.headline}`];
  const pad = " ".repeat(4 + LABEL_WIDTH);
  if (view.figures.length > 0) {
    lines.push(`${pad}${view.figures.map((figure) => `${view.figures.length > 1 ? `${figure.measure}: ` : ""}${safe(figure.cited)}`).join("; ")}`);
  }
  for (const grade of view.grades) lines.push(`${pad}${gradeWord(grade.grade).padEnd(11)} ${safe(grade.cited)} — ${safe(grade.reason)}`);
  return lines;
}

export function houseRulesText(all: HouseRules[], safe: Safe): string[] {
  if (all.length === 0) return [];
  const lines = ["HOUSE RULES — the figure each public methodology would publish from these claims", `  ${CREDIBLE_NOTE}`];
  for (const view of all[0]!.views) lines.push(`  ${view.label}: ${view.explanation}`);
  for (const rules of all) {
    lines.push("", `  ${countNoun(rules.metric, rules.population).toUpperCase()}`);
    for (const view of rules.views) lines.push(...figureLines(view, safe));
    const aside = [rules.overtaken.length ? `${rules.overtaken.length} overtaken` : "", rules.notCredible.length ? `${rules.notCredible.length} not credible` : ""].filter(Boolean);
    if (aside.length) lines.push(`    Left out of the counts: ${aside.join(", ")}.`);
  }
  return [...lines, ""];
}
