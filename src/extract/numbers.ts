// Finds the figures of a sentence: digits with separators, number words, scale words and
// vague quantities; leaves out what only looks like a count (years, dates, ages, money, %).
import { MONTHS, NON_PERSON_NOUNS, PERSON_NOUNS, SCALE_WORDS, UNIT_WORDS, VAGUE_COMPOUNDS, VAGUE_QUANTIFIERS, VAGUE_WORDS } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";

export interface Figure {
  value: number;
  vague: boolean;
  /** The figure was written as the single word "one". */
  isOne: boolean;
  /** First and last token of the figure (inclusive). */
  first: number;
  last: number;
}

const vagueCompounds = new PhraseTable(Object.entries(VAGUE_COMPOUNDS));
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };
/** Words a figure can start with: most tokens are rejected by one set lookup. */
const FIGURE_STARTS = new Set([
  ...Object.keys(UNIT_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(VAGUE_WORDS), ...VAGUE_QUANTIFIERS,
  ...Object.keys(VAGUE_COMPOUNDS).map((c) => c.split(" ")[0]!), "a", "half", "quarter",
]);
const AGE_BEFORE = new Set(["aged", "age", "ages", "ageing", "turns", "turned", "turning"]);
const CURRENCY = new Set(["$", "€", "£", "¥", "₹", "us$", "usd", "eur", "rs", "inr", "tk", "taka", "rupees", "rials", "rial", "dollars", "euros"]);
const PERCENT = new Set(["%", "percent", "pc", "percentage"]);
/** Prepositions after which a four-digit figure is a year, whatever follows it. */
const YEAR_PREPOSITIONS = new Set(["in", "since", "until", "during"]);

const LABELS = new Set([
  "no", "article", "number", "resolution", "chapter", "section", "page", "paragraph", "flight", "route", "highway",
  "level", "category", "magnitude", "grade", "phase", "room", "ward", "district", "gate", "platform", "line", "unit",
  "covid", "mh", "f", "su", "model", "version", "item", "point", "zone", "block", "building", "camp", "sector", "area",
  // "recorded in week 8": an epidemiological week is a period's label
  "week",
]);
const ONE_AS_PRONOUN_BEFORE = new Set([
  "assumes", "assume", "considers", "looks", "counts", "adds", "includes", "compares", "takes", "must", "can", "could",
  "would", "should", "might", "may", "will", "cannot", "knows", "sees", "finds",
]);
const COPULAS = new Set(["were", "are", "was", "is"]);
const CLOCK = new Set(["am", "pm", "a.m", "p.m", "gmt", "utc", "hrs", "local", "o'clock"]);

/** Figures of a sentence's tokens, left to right. */
export function findFigures(tokens: readonly Token[]): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "num" && !FIGURE_STARTS.has(t.norm)) continue;
    const figure = readFigure(tokens, i);
    if (!figure) continue;
    i = figure.last;
    // people are counted in whole numbers: "2.5" without a scale word is a rate or a magnitude
    if (!Number.isSafeInteger(figure.value)) continue;
    if (!isNonClaimNumber(tokens, figure) && !isFootnoteMarker(tokens, figure)) figures.push(figure);
  }
  return figures;
}

function readFigure(tokens: readonly Token[], i: number): Figure | null {
  const t = tokens[i]!;
  if (t.kind === "num") return readDigits(tokens, i);
  if (t.kind !== "word") return null;
  const compound = vagueCompounds.matchAt(tokens, i);
  if (compound) return { value: compound.value, vague: true, isOne: false, first: i, last: i + compound.length - 1 };
  // "several hundred", "a few thousand"
  const quant = t.norm === "a" && tokens[i + 1]?.norm === "few" ? 2 : VAGUE_QUANTIFIERS.has(t.norm) ? 1 : 0;
  if (quant) {
    const scale = tokens[i + quant];
    const plural = scale && VAGUE_WORDS[scale.norm + "s"];
    if (plural && scale.norm !== "dozen") return { value: plural, vague: true, isOne: false, first: i, last: i + quant };
    if (scale?.norm === "dozen") return { value: 24, vague: true, isOne: false, first: i, last: i + quant };
    return null;
  }
  const vague = VAGUE_WORDS[t.norm];
  if (vague !== undefined) {
    // "hundreds of thousands" is a compound; a bare "thousands" counts 2,000.
    return { value: vague, vague: true, isOne: false, first: i, last: i };
  }
  return readNumberWords(tokens, i);
}

function readDigits(tokens: readonly Token[], i: number): Figure | null {
  let last = i;
  const t = tokens[i]!;
  let digits = t.norm;
  // "10 000": a thin- or plain-space thousands separator.
  while (/^\d{1,3}$|^\d{1,3}( \d{3})+$/.test(digits)) {
    const next = tokens[last + 1];
    if (!next || next.kind !== "num" || !/^\d{3}$/.test(next.norm) || next.start - tokens[last]!.end !== 1) break;
    digits += " " + next.norm;
    last++;
  }
  let value = parseDigits(digits);
  if (value === null) return null;
  // "1.5 million", "2 bin 615", "3m"
  const scaleTok = tokens[last + 1];
  const scale = scaleTok && (SCALE_WORDS[scaleTok.norm] ?? (scaleTok.start === tokens[last]!.end ? { m: 1e6, k: 1e3, mn: 1e6, bn: 1e9 }[scaleTok.norm] : undefined));
  if (scale && scaleTok) {
    value = Math.round(value * scale);
    last++;
    const rest = tokens[last + 1];
    if ((scaleTok.norm === "bin" || scaleTok.norm === "milyon") && rest?.kind === "num") {
      const tail = parseDigits(rest.norm);
      if (tail !== null && tail < scale) {
        value += tail;
        last++;
      }
    }
  }
  return { value, vague: false, isOne: false, first: i, last };
}

function parseDigits(s: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  // Indian grouping: "6,55,000", "1,24,481" (lakhs and crores in pairs of digits)
  if (/^\d{1,2}(,\d{2})+,\d{3}$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,3}( \d{3})+$/.test(s)) return Number(s.replace(/ /g, ""));
  if (/^\d{1,3}(\.\d{3})+$/.test(s) && s.split(".").length > 2) return Number(s.replace(/\./g, ""));
  if (/^\d+(\.\d+)?$/.test(s)) return s.length > 15 ? null : Number(s);
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  return null;
}

/** "twenty-five", "one hundred and fifty", "a dozen", "three million". */
function readNumberWords(tokens: readonly Token[], i: number): Figure | null {
  // "half a million", "a quarter of a million"
  const fraction = FRACTIONS[tokens[i]!.norm];
  if (fraction !== undefined) {
    let k = i + 1;
    if (tokens[k]?.norm === "of") k++;
    if (tokens[k]?.norm === "a" || tokens[k]?.norm === "an") k++;
    const scale = SCALE_WORDS[tokens[k]?.norm ?? ""];
    if (scale && scale >= 1000 && tokens[k]!.norm !== "bin") return { value: fraction * scale, vague: false, isOne: false, first: i, last: k };
    return null;
  }
  let k = i;
  let total = 0;
  let current = 0;
  let seen = 0;
  let startsWithA = false;
  // "a dozen", "a thousand", "a million", "a lakh"
  if (tokens[k]?.norm === "a" && (tokens[k + 1]?.norm === "dozen" || (SCALE_WORDS[tokens[k + 1]?.norm ?? ""] !== undefined && tokens[k + 1]!.norm !== "bin" && tokens[k + 1]!.norm !== "milyon"))) {
    current = 1;
    startsWithA = true;
    k++;
  }
  let last = -1;
  for (; k < tokens.length; k++) {
    const w = tokens[k]!.norm;
    const unit = UNIT_WORDS[w];
    const scale = w === "bin" || w === "milyon" ? undefined : SCALE_WORDS[w];
    if (w === "dozen") current = (current || 1) * 12;
    else if (unit !== undefined) current += unit;
    else if (scale !== undefined && (seen > 0 || startsWithA)) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if ((w === "-" || w === "and") && seen > 0 && isNumberWord(tokens[k + 1]?.norm)) continue;
    else break;
    seen++;
    last = k;
  }
  if (seen === 0 || last < 0) return null;
  const value = total + current;
  const isOne = seen === 1 && tokens[i]!.norm === "one";
  return { value, vague: false, isOne, first: i, last };
}

function isNumberWord(w: string | undefined): boolean {
  return w !== undefined && (UNIT_WORDS[w] !== undefined || (SCALE_WORDS[w] !== undefined && w !== "bin"));
}

/** Years, dates, ages, money, percentages, times, labels and compounds ("12-day") are not counts. */
function isNonClaimNumber(tokens: readonly Token[], f: Figure): boolean {
  const first = tokens[f.first]!;
  const before = tokens[f.first - 1];
  const before2 = tokens[f.first - 2];
  const after = tokens[f.last + 1];
  const after2 = tokens[f.last + 2];
  const afterNorm = after?.norm ?? "";
  if (first.kind === "num") {
    if (/^\d{4}$/.test(first.norm) && f.first === f.last) {
      const year = Number(first.norm);
      if (year >= 1900 && year <= 2100 && !PERSON_NOUNS[afterNorm] && !isCountNoun(afterNorm)) return true;
      // "The Kobe earthquake in 1995 killed 6,434": after "in" or "since" a year stays a year before a metric word
      if (year >= 1900 && year <= 2100 && YEAR_PREPOSITIONS.has(before?.norm ?? "")) return true;
    }
    if (after && after.start === tokens[f.last]!.end && /^(st|nd|rd|th)$/.test(afterNorm)) return true;
    if (afterNorm === ":" && after2?.kind === "num" && after?.start === tokens[f.last]!.end) return true;
    if (before?.norm === ":" && before2?.kind === "num") return true;
    // the month and day of an ISO date: 2026-01-14
    if (before?.norm === "-" && before2?.kind === "num" && (/^\d{4}$/.test(before2.norm) || tokens[f.first - 3]?.norm === "-") && before2.end === before.start && before.end === first.start) return true;
    if (afterNorm === "-" && after2?.kind === "num" && /^\d{4}$/.test(first.norm) && after?.start === tokens[f.last]!.end) return true;
  }
  if (before && (MONTHS[before.norm] !== undefined && before.text[0] !== before.norm[0] || before.norm === "may" && before.text === "May")) return true;
  // "Oct. 7"
  if (before?.norm === "." && before2 && MONTHS[before2.norm] !== undefined && before2.text[0] !== before2.norm[0]) return true;
  if (after && MONTHS[afterNorm] !== undefined && (after.text[0] !== afterNorm[0])) return true;
  // "between 26 and 30 October", "6-8 March": the first day of a date range
  if ((afterNorm === "and" || afterNorm === "to" || afterNorm === "-") && after2?.kind === "num" && /^\d{1,2}$/.test(first.norm) && MONTHS[tokens[f.last + 3]?.norm ?? ""] !== undefined) return true;
  // "January 8-9": the second day of a date range
  if (before && (before.norm === "-" || before.norm === "and" || before.norm === "to") && before2?.kind === "num" && MONTHS[tokens[f.first - 3]?.norm ?? ""] !== undefined) return true;
  if (before && CURRENCY.has(before.norm)) return true;
  if (CURRENCY.has(afterNorm) || PERCENT.has(afterNorm) || (afterNorm === "per" && after2?.norm === "cent")) return true;
  if (CLOCK.has(afterNorm)) return true;
  if (before && LABELS.has(before.norm) && first.kind === "num") return true;
  // attached to a word by a hyphen: "Covid-19", "F-16"
  if (before?.norm === "-" && before.start === (tokens[f.first - 2]?.end ?? -1) && before.end === first.start && tokens[f.first - 2]?.kind === "word") return true;
  // ages: "aged 12", "under the age of five"
  if (before && AGE_BEFORE.has(before.norm)) return true;
  if (before?.norm === "of" && AGE_BEFORE.has(before2?.norm ?? "")) return true;
  // "No. 7", "Art. 3": a label abbreviated with a full stop
  if (before?.norm === "." && before2 && LABELS.has(before2.norm) && first.kind === "num") return true;
  // "aged between 20 and 40"
  if ((before?.norm === "between" && AGE_BEFORE.has(before2?.norm ?? "")) || (before?.norm === "and" && tokens[f.first - 3]?.norm === "between" && AGE_BEFORE.has(tokens[f.first - 4]?.norm ?? ""))) return true;
  if (before && (before.norm === "under" || before.norm === "over") && before2 && (AGE_BEFORE.has(before2.norm) || PERSON_NOUNS[before2.norm] !== undefined)) return true;
  // "Five were under 18": after a copula, "under" a small number is an age
  if (before?.norm === "under" && COPULAS.has(before2?.norm ?? "") && f.value <= 21) return true;
  if ((afterNorm === "-" || afterNorm === "year" || afterNorm === "years") && isAgeSuffix(tokens, f.last + 1)) return true;
  if (before?.norm === "," && afterNorm === "," && isProperNoun(tokens[f.first - 2])) return true;
  // "12-day war", "five-year": a figure hyphenated to a following word modifies it
  if (afterNorm === "-" && after2?.kind === "word" && after?.start === tokens[f.last]!.end && after2.start === after.end) {
    if (!PERSON_NOUNS[after2.norm] && !isCountNoun(after2.norm) && after2.norm !== "plus") return true;
  }
  if (afterNorm === "times" || afterNorm === "fold") return true;
  // "if one assumes", "one must add": the pronoun, not a count
  if (f.isOne && ONE_AS_PRONOUN_BEFORE.has(afterNorm)) return true;
  // "three in every four Gazans", "one in five", "two out of three": a ratio, not a count
  if ((afterNorm === "in" || afterNorm === "of") && (after2?.norm === "every" || after2?.norm === "each" || (afterNorm === "in" && UNIT_WORDS[after2?.norm ?? ""] !== undefined))) return true;
  if (afterNorm === "out" && after2?.norm === "of") return true;
  if (before?.norm === "every" || before?.norm === "each" || (before?.norm === "in" && UNIT_WORDS[before2?.norm ?? ""] !== undefined)) return true;
  return false;
}

const BRACKETS: Record<string, string> = { "(": ")", "[": "]" };
/** What separates the items of a list: "Kisumu (14), Eldoret (3) and Nakuru (9)". */
const LIST_SEPARATORS = new Set([",", ";", "and", "or", "-", "—"]);

/**
 * "294 people killed (1)", "at 1,294 (2).", "[3] Government of Kenya": a bracketed one- or
 * two-digit number that opens a line or a note, follows a full stop, closes a phrase that
 * already has its figure, or ends a table row that opens with its figure marks a footnote. After a name with no figure of its own ("Kisumu (14)",
 * "the most deaths (71)") it is the figure of a list item.
 */
function isFootnoteMarker(tokens: readonly Token[], f: Figure): boolean {
  const open = tokens[f.first - 1];
  const close = tokens[f.last + 1];
  if (!open || !close || f.first !== f.last || BRACKETS[open.norm] !== close.norm || !/^\d{1,2}$/.test(tokens[f.first]!.norm)) return false;
  // a table row: "1.2 M   people displaced in Afar and Amhara (1)", the marker ending the line
  if (f.last + 2 === tokens.length && tokens[0]!.kind === "num") return true;
  for (let j = f.first - 2; j >= 0; j--) {
    const t = tokens[j]!;
    if (j === f.first - 2 && (t.norm === "." || t.norm === ")" || t.norm === "]")) return true;
    if (LIST_SEPARATORS.has(t.norm)) return false;
    if (t.kind === "num") return true;
  }
  return f.first === 1;
}

function isAgeSuffix(tokens: readonly Token[], k: number): boolean {
  const words = tokens.slice(k, k + 5).map((t) => t.norm).filter((w) => w !== "-");
  return (words[0] === "year" || words[0] === "years") && (words[1] === "old" || words[1] === "olds");
}

function isProperNoun(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text) && !PERSON_NOUNS[t.norm];
}

/** Plural count nouns that may follow a year-like figure ("2000 deaths"). */
function isCountNoun(w: string): boolean {
  return w === "deaths" || w === "dead" || w === "killed" || w === "arrests" || w === "detainees" || w === "injured" || w === "executions";
}

export { NON_PERSON_NOUNS };
