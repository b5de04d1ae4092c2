// A pack's number words as data, and the grammar they become once folded: the lookups the
// number reader (number-grammar.ts) consults, and how a run of digits reads under a pack's separators.
import { foldPhrase, type CharFold } from "./matching-text.js";

/** A pack's number words, written as a reader writes them (folded when the grammar is built). */
export interface NumberWords {
  /** Words worth a whole number below 1000 on their own: units, teens, tens, hundreds in one word ("ششصد", "مائتين"). */
  values: Record<string, number>;
  /** Words for 100 that multiply a unit before them ("altı yüz", "ثلاث مائة") and are 100 alone. */
  hundreds: string[];
  /** Scale words that multiply what stands before them ("bin", "هزار", "آلاف", "مليون"); alone they are one of it. */
  scales: Record<string, number>;
  /** A scale word in the dual, worth two of its scale on its own ("ألفين" 2000, "مليونان"). */
  duals: Record<string, number>;
  /** Words joining the parts of one figure ("و"). */
  connectors: string[];
  /** A connector written onto the next word ("وعشرون"). */
  attachedConnector?: string;
  /** Words for a half: after a scale they add half of it ("یک میلیون و نیم"), after a unit half a unit ("bir buçuk milyon"). */
  halves: string[];
  /** Arabic writes units before tens ("خمسة وعشرون" is 25, "ثلاثة عشر" 13). */
  unitsBeforeTens: boolean;
  /** Vague quantities and the lower bound the contract gives them ("هزاران" 2000, "yüzlerce" 200). */
  vague: Record<string, number>;
  /** Vague phrases of several words ("ده‌ها هزار" 20000, "عشرات الآلاف" 20000). */
  vaguePhrases: Record<string, number>;
  /** Words that make a following scale vague ("چند هزار", "birkaç yüz", "بضعة آلاف"): read as the plural. */
  vagueQuantifiers: string[];
  /** How digits are grouped and decimals marked: "3,600" and "1.5" (fa, ar), "2.615" and "1,5" (tr). */
  digitGroupSeparator: "," | ".";
  /** Iranian outlets also mark decimals with a slash: "۲/۵ میلیون" is 2.5 million. */
  slashDecimals?: boolean;
  /**
   * Case endings a number's last word may carry ("binden", "bine", "615'i"); they end the figure.
   * Only a scale, a hundred or a word after the first takes one: "onu" and "biri" are pronouns.
   */
  suffixes: string[];
  /** Words that look like a number word with an ending but are something else ("yüzde": per cent). */
  notNumbers?: string[];
  /** Words that are a figure only in context ("نه" is also "no", "bir" also "a"): a figure of that word alone says so. */
  ambiguous?: string[];
}

export interface NumberGrammar {
  fold: CharFold;
  values: Map<string, number>;
  hundreds: Set<string>;
  scales: Map<string, number>;
  duals: Map<string, number>;
  connectors: Set<string>;
  attachedConnector: string | null;
  halves: Set<string>;
  unitsBeforeTens: boolean;
  vague: Map<string, number>;
  /** Folded phrases as word lists, longest first. */
  vaguePhrases: Array<{ words: string[]; value: number }>;
  vagueQuantifiers: Set<string>;
  digitGroupSeparator: "," | ".";
  slashDecimals: boolean;
  /** Folded, longest first. */
  suffixes: string[];
  notNumbers: Set<string>;
  ambiguous: Set<string>;
}

/** Folds a pack's number words once, so lookups compare folded text with folded words. */
export function numberGrammar(words: NumberWords, fold: CharFold): NumberGrammar {
  const f = (word: string) => foldPhrase(word, fold);
  const map = (record: Record<string, number>) => new Map(Object.entries(record).map(([word, value]) => [f(word), value]));
  return {
    fold,
    values: map(words.values),
    hundreds: new Set(words.hundreds.map(f)),
    scales: map(words.scales),
    duals: map(words.duals),
    connectors: new Set(words.connectors.map(f)),
    attachedConnector: words.attachedConnector ? f(words.attachedConnector) : null,
    halves: new Set(words.halves.map(f)),
    unitsBeforeTens: words.unitsBeforeTens,
    vague: map(words.vague),
    vaguePhrases: Object.entries(words.vaguePhrases)
      .map(([phrase, value]) => ({ words: f(phrase).split(/\s+/), value }))
      .sort((a, b) => b.words.length - a.words.length),
    vagueQuantifiers: new Set(words.vagueQuantifiers.map(f)),
    digitGroupSeparator: words.digitGroupSeparator,
    slashDecimals: words.slashDecimals ?? false,
    suffixes: words.suffixes.map(f).sort((a, b) => b.length - a.length),
    notNumbers: new Set((words.notNumbers ?? []).map(f)),
    ambiguous: new Set((words.ambiguous ?? []).map(f)),
  };
}

/** "3,600", "2.615", "1,5", "2/5" (with slashDecimals): the value of a digit run under the pack's separators, or null when it is no number. */
export function digitValue(run: string, groupSeparator: "," | ".", slashDecimals = false): number | null {
  const slashed = /^(\d+)\/(\d+)$/.exec(run);
  if (slashed) return slashDecimals ? Number(`${slashed[1]}.${slashed[2]}`) : null;
  const decimal = groupSeparator === "," ? "." : ",";
  const grouped = new RegExp(`^\\d{1,3}(?:\\${groupSeparator}\\d{3})+(?:\\${decimal}\\d+)?$`);
  const plain = new RegExp(`^\\d+(?:\\${decimal}\\d+)?$`);
  if (!grouped.test(run) && !plain.test(run)) return null;
  const value = Number(run.split(groupSeparator).join("").replace(decimal, "."));
  return Number.isFinite(value) ? value : null;
}
