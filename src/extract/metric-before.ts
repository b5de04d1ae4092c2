// The metric of a figure that names none of its own, read from before it: a verb or subject
// ("killed at least 12,000", "the toll surpassed 2,500"), a frame ("the number … at 300"), the
// head of a list it is an item of, a partitive opener, a verb of counting, "it" of a changing count.
import { CHANGE_VERBS, COUNT_CONTINUING_VERBS, METRIC_CUES, NON_PERSON_NOUNS, PROJECTION_ADVERBS, PROJECTION_MODALS, PROJECTION_VERBS } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";
import type { Metric } from "../domain/claim.js";

const metricCues = new PhraseTable(Object.entries(METRIC_CUES));
const countContinuingVerbs = new PhraseTable(COUNT_CONTINUING_VERBS.map((v) => [v, true] as [string, boolean]));

/** Tokens that end a clause for attachment purposes. */
export const CLAUSE_BREAKS = new Set([";", ":", "—", "(", ")", "?", "!", "[", "]"]);
/** Nouns that frame a figure as a count ("put the number at", "its list comprised") without naming the metric. */
const FRAME_NOUNS = new Set(["number", "figure", "figures", "count", "tally", "total", "list", "victims", "breakdown", "estimate"]);
const SUBJECT_CLAUSE_STARTS = new Set(["that", "and", ",", "while", "but", "as", "which", "who", "whereas"]);

/**
 * A verb or subject before the figure: "killed at least 12,000", "the death toll … surpassed 2,500";
 * "frame" when a noun like "number" or "list" comes first, or the figure is a list item or follows
 * a verb of counting with no head: it continues an earlier count.
 * @param first first token of figure + hedge; @param last its last token
 * @param hasHead a person noun heads the counted phrase; @param namesMetric the phrase names a metric
 * @param isSubject the figure is the subject of a clause of its own
 */
export function metricBefore(
  tokens: readonly Token[],
  first: number,
  last: number,
  leftLimit: number,
  hasHead: boolean,
  namesMetric: boolean,
  isSubject: boolean,
): Metric | "frame" | null {
  const fromContext = listItemMetric(tokens, first, last, leftLimit) ?? continuedCount(tokens, first, hasHead || namesMetric);
  if (fromContext) return fromContext;
  // "put the number of people wounded … at more than 300": the frame's object may lie further back
  const reach = tokens[first - 1]?.norm === "at" || tokens[first - 1]?.norm === "to" ? 16 : 10;
  let sawThing = false;
  for (let j = first - 1, dist = 0; j >= leftLimit && dist < reach; j--, dist++) {
    const t = tokens[j]!;
    // a list after a colon or dash takes its metric from the head before it: "the toll: 2,435 protesters, …"
    if (CLAUSE_BREAKS.has(t.norm) && !((hasHead || j === first - 1) && (t.norm === ":" || t.norm === "—"))) break;
    if (isSubject && SUBJECT_CLAUSE_STARTS.has(t.norm)) return t.norm === "," ? partitiveOpenerMetric(tokens, j) : null;
    const m = metricCues.matchEndingAt(tokens, j);
    if (m && j - m.length + 1 >= leftLimit && !isNegatedOrFuture(tokens, j - m.length + 1)) return m.value;
    // "the number of collapsed buildings as more than 400": a frame that counts things frames nothing
    if (NON_PERSON_NOUNS.has(t.norm)) sawThing = true;
    if (FRAME_NOUNS.has(t.norm)) return sawThing ? null : "frame";
    if (t.norm === "it" && isCountChangeAfter(tokens, j + 1, first)) return "frame";
  }
  return null;
}

/** "Of the dead, 1,597 were in Sud": the opener before the comma names what its parts count. */
function partitiveOpenerMetric(tokens: readonly Token[], comma: number): Metric | null {
  if (!["of", "among"].includes(tokens[0]?.norm ?? "") || !["the", "those", "these"].includes(tokens[1]?.norm ?? "")) return null;
  let k = 2;
  if (tokens[k]?.kind === "num") k++;
  const m = metricCues.matchAt(tokens, k);
  return m && k + m.length === comma ? m.value : null;
}

/**
 * "The dead by district: Ganja (26), Barda (29)", "the most deaths (71)": a figure in brackets
 * after a name is an item of a breakdown. It counts what the list's head names, looked for back
 * across the list; with no head in the sentence ("distributed as follows:") it continues the
 * count just given.
 */
function listItemMetric(tokens: readonly Token[], first: number, last: number, leftLimit: number): Metric | "frame" | null {
  if (tokens[first - 1]?.norm !== "(" || tokens[last + 1]?.norm !== ")" || tokens[first - 2]?.kind !== "word") return null;
  for (let j = first - 2; j >= leftLimit && first - j <= 24; j--) {
    const t = tokens[j]!;
    if (t.norm === ";" || t.norm === "." || t.norm === "?" || t.norm === "!") break;
    const m = metricCues.matchEndingAt(tokens, j);
    if (m && j - m.length + 1 >= leftLimit && !isNegatedOrFuture(tokens, j - m.length + 1)) return m.value;
  }
  return "frame";
}

/** "Dolakha accounted for 58.", "Taroudant has recorded 321": a bare figure after a verb of counting continues the count in hand. */
function continuedCount(tokens: readonly Token[], first: number, namesItsOwn: boolean): "frame" | null {
  if (namesItsOwn) return null;
  return countContinuingVerbs.matchEndingAt(tokens, first - 1) ? "frame" : null;
}

/** "it could climb as high as 2,500", "it has risen to 80": "it" is the count in hand, changing. */
function isCountChangeAfter(tokens: readonly Token[], from: number, first: number): boolean {
  let k = from;
  while (k < first && (PROJECTION_MODALS.has(tokens[k]!.norm) || PROJECTION_ADVERBS.has(tokens[k]!.norm) || ["has", "had", "have", "now"].includes(tokens[k]!.norm))) k++;
  const verb = tokens[k]?.norm ?? "";
  return k < first && verb !== "be" && verb !== "have" && (PROJECTION_VERBS.has(verb) || CHANGE_VERBS.has(verb) || verb === "reached" || verb === "stood" || verb === "stands");
}

/** "threatened to execute", "will be hanged": an act not yet done counts no one. */
export function isNegatedOrFuture(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1]?.norm;
  const b = tokens[k - 2]?.norm;
  return (a === "to" && b !== "sentenced" && b !== "put") || a === "not" || a === "never";
}
