// Counts of people that the contract leaves out although a metric word stands beside them: one
// figure for two fates ("killed or injured"), kidnappings for ransom, treatment for illness.
import { AID_VERBS, CHANGE_VERBS, COMBINED_COUNT_CUES, INJURY_WORDS, KIDNAP_WORDS, RANSOM_WORDS, RELEASE_WORDS, TREATMENT_WORDS, UNREALISED_CUES } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";
import type { Metric } from "../domain/claim.js";

const combinedCues = new PhraseTable(COMBINED_COUNT_CUES.map((c) => [c, true] as [string, boolean]));
const unrealisedCues = new PhraseTable(UNREALISED_CUES.map((c) => [c, true] as [string, boolean]));

export type Exclusion = "combined total" | "kidnapping for ransom" | "treated for illness" | "difference between counts" | "not done" | "released" | "aid recipients";

/**
 * Why the figure at tokens[first, last], read with its phrase and predicate up to `end` as a
 * count of `metric`, is not a claim; null when it is one.
 */
export function excludedCount(tokens: readonly Token[], first: number, last: number, end: number, metric: Metric | null): Exclusion | null {
  if (isCombinedTotal(tokens, first, last, end)) return "combined total";
  if (isDifference(tokens, first)) return "difference between counts";
  if (unrealisedCues.matchEndingAt(tokens, first - 1)) return "not done";
  // a figure with no metric of its own may still inherit one: it is tested as if it had it
  if ((metric ?? "detained") === "detained" && isKidnappingForRansom(tokens, first, end)) return "kidnapping for ransom";
  if ((metric ?? "injured") === "injured" && isTreatedForIllness(tokens, first, last, end)) return "treated for illness";
  if (metric === "detained" && isReleased(tokens, first, last)) return "released";
  if (isAidRecipients(tokens, first)) return "aid recipients";
  return null;
}

/** "5,100 people were killed or injured", "shelling killed or injured more than 100". */
function isCombinedTotal(tokens: readonly Token[], first: number, last: number, end: number): boolean {
  if (combinedCues.matchEndingAt(tokens, first - 1)) return true;
  for (let k = last + 1; k <= end; k++) if (combinedCues.matchAt(tokens, k)) return true;
  return false;
}

/** "cut the death toll from Sunday's bombings by more than 100": the change, not a count. */
function isDifference(tokens: readonly Token[], first: number): boolean {
  return verbBeforePreposition(tokens, first, "by", CHANGE_VERBS, 12);
}

/** Whether the figure follows `preposition` and, within `reach` words before it in its clause, one of `verbs`. */
function verbBeforePreposition(tokens: readonly Token[], first: number, preposition: string, verbs: ReadonlySet<string>, reach: number): boolean {
  if (tokens[first - 1]?.norm !== preposition) return false;
  for (let k = first - 2; k >= 0 && first - k <= reach; k--) {
    const w = tokens[k]!.norm;
    if (w === "," || w === ";" || w === ".") return false;
    if (verbs.has(w)) return true;
  }
  return false;
}

/** "gangs had kidnapped 11 people for ransom": taking people for money is a crime, not a detention. */
function isKidnappingForRansom(tokens: readonly Token[], first: number, end: number): boolean {
  let kidnap = false;
  for (let k = Math.max(0, first - 6); k <= end + 2 && k < tokens.length; k++) if (KIDNAP_WORDS.has(tokens[k]!.norm)) kidnap = true;
  return kidnap && tokens.some((t) => RANSOM_WORDS.has(t.norm));
}

/**
 * "treated 44 people for cholera", "1,100 were treated for acute watery diarrhoea": treatment for
 * an illness counts patients, not the injured; "treated 250 people for injuries" counts them.
 */
function isTreatedForIllness(tokens: readonly Token[], first: number, last: number, end: number): boolean {
  let treated = false;
  for (let k = Math.max(0, first - 3); k <= end; k++) {
    if (TREATMENT_WORDS.has(tokens[k]!.norm)) treated = true;
    else if (k > last && INJURY_WORDS.has(tokens[k]!.norm)) return false;
  }
  if (!treated || tokens[end + 1]?.norm !== "for") return false;
  for (let k = end + 2; k < tokens.length && k <= end + 5 && tokens[k]!.kind === "word"; k++) if (INJURY_WORDS.has(tokens[k]!.norm)) return false;
  return true;
}

/**
 * "more than 2,000 detainees had been released", "released hundreds of people detained", "1,700
 * hostages were rescued": people let go are no longer held, so the figure counts no detention.
 */
function isReleased(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= 2; k--) if (RELEASE_WORDS.has(tokens[k]!.norm)) return true;
  for (let k = last + 1; k < tokens.length && k - last <= 12; k++) {
    const w = tokens[k]!.norm;
    if (w === "," || w === ";" || w === "." || w === "and" || w === "but") return false;
    if (RELEASE_WORDS.has(w)) return true;
  }
  return false;
}

/** "WFP has distributed ready-to-eat food to 35,000 people in displacement sites": the people aid reached. */
function isAidRecipients(tokens: readonly Token[], first: number): boolean {
  return verbBeforePreposition(tokens, first, "to", AID_VERBS, 8);
}
