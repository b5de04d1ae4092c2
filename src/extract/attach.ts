// Attaches a figure to what it counts: the metric (from the noun after it, its predicate, or a
// verb or subject before it, within the clause) and the population (from its noun phrase).
import { METRIC_CUES, NON_PERSON_NOUNS, PERSON_NOUNS, PHRASE_FILLERS, POPULATION_CUES } from "./lexicon/en.js";
import { PhraseTable, type Token } from "./text.js";
import type { Metric, Population } from "./types.js";

const metricCues = new PhraseTable(Object.entries(METRIC_CUES));
const personNouns = new PhraseTable(Object.entries(PERSON_NOUNS));
const populationCues = new PhraseTable(POPULATION_CUES);

/** Tokens that end a clause for attachment purposes. */
const CLAUSE_BREAKS = new Set([";", ":", "—", "(", ")", "?", "!", "[", "]"]);
/** Words that end the counted noun phrase and begin its predicate or an adjunct. */
const PHRASE_ENDERS = new Set([
  "were", "was", "are", "is", "have", "has", "had", "been", "remain", "remained", "remains", "include", "including",
  "included", "said", "says", "as", "in", "on", "at", "during", "since", "from", "for", "by", "with", "after", "who",
  "that", "which", "across", "nationwide", "according", "while", "but", "amid", "when", "because", "since", "until",
  "to", "into", "over", "against", "near", "inside", "outside", "throughout", "among", "this", "last", "so", "far",
  "could", "would", "will", "may", "might", "can", "must", "should", "it", "they", "he", "she", "the",
]);
/** Words allowed between the noun phrase and a metric word of its predicate. */
const PREDICATE_GAP = new Set([
  "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "reported", "also", "now",
  "already", "allegedly", "confirmed", "believed", "feared", "thought", "said", "to", "all", "later", "since", "then",
  "subsequently", "so", "far", "in", "total", "altogether", "either", "both", "not", "yet", "still", "officially",
  "who", "that", "which", "likely", "probably", "may", "might", "could", "would", "will", "remain", "remained",
  "remains", "got", "get", "left", "found", "taken", "are", "known", "listed", "registered", "recorded", "among",
  "the", "injured", "wounded", "others", "people", "more", "and",
]);
const POST_MODIFIER_STARTS = new Set(["aged", "under", "younger", "below", "who", "it", "that", "not"]);
/** Tokens after a person noun that let it inherit the metric of the figure before it. */
const INHERIT_FOLLOWERS = new Set([
  ",", ".", ";", "and", "including", "along", "as", "who", "it", "aged", "under", "from", "in", "of", "were", "was",
  "—", ")", "plus", "while", "with", "among", "between", "among",
]);

export interface Attachment {
  metric: Metric | null;
  population: Population;
  /** The figure counts people (a person noun or a metric word is attached to it). */
  countsPeople: boolean;
  /** A bare figure or person noun with nothing of its own to say what happened. */
  canInherit: boolean;
  /** The phrase "of the dead", "of the executions": the figure is a part of something said before. */
  partitive: boolean;
  /** Last token of the noun phrase and predicate read for this figure. */
  end: number;
}

/**
 * @param first first token of figure + hedge
 * @param last last token of figure + hedge
 * @param leftLimit first token this figure may look back to (after the previous figure)
 * @param rightLimit first token of the next figure (exclusive bound)
 */
export function attachFigure(tokens: readonly Token[], first: number, last: number, leftLimit: number, rightLimit: number): Attachment | null {
  let metric: Metric | null = null;
  let head: Population | null = null;
  let partitive = false;
  let k = last + 1;
  let steps = 0;
  let afterOf = false;

  // The counted noun phrase: "505 active protesters", "646 deaths", "15 dead", "of the dead".
  while (k < rightLimit && steps < 7) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.norm !== "-" && t.norm !== "'" && t.norm !== '"') break;
    const m = metricCues.matchAt(tokens, k);
    if (m && !isGerundOfAnother(tokens, k)) {
      metric = m.value;
      k += m.length;
      break;
    }
    let p = personNouns.matchAt(tokens, k);
    if (p) {
      // "non-protester civilians": the last of adjacent person nouns is the head
      while (p) {
        head = p.value;
        k += p.length;
        p = personNouns.matchAt(tokens, k);
      }
      if (tokens[k]?.norm === "of") k = skipOfComplement(tokens, k, rightLimit);
      break;
    }
    if (NON_PERSON_NOUNS.has(t.norm)) return null;
    if (t.norm === "of") {
      const nextWord = tokens[k + 1]?.norm;
      if (nextWord === "the" || nextWord === "those" || nextWord === "them" || nextWord === "these" || nextWord === "whom") partitive = true;
      k++;
      steps++;
      afterOf = true;
      continue;
    }
    if (afterOf && (t.norm === "the" || t.norm === "those" || t.norm === "these")) {
      k++;
      continue;
    }
    afterOf = false;
    if (PHRASE_ENDERS.has(t.norm) && !PHRASE_FILLERS.has(t.norm)) break;
    if (PHRASE_ENDERS.has(t.norm) && (t.norm === "the" || t.norm === "were")) break;
    k++;
    steps++;
  }
  let end = k - 1;
  const phraseEnd = end;

  // Its predicate: "were killed", "have been arrested", "remain missing", "were protesters".
  let copulaPopulation: Population | null = null;
  let gap = 0;
  for (let j = k; j < rightLimit && gap <= 4; j++) {
    const t = tokens[j]!;
    if (CLAUSE_BREAKS.has(t.norm) || t.norm === ",") break;
    const m = metric === null ? metricCues.matchAt(tokens, j) : null;
    if (m && !isGerundOfAnother(tokens, j)) {
      metric = m.value;
      end = j + m.length - 1;
      break;
    }
    if ((t.norm === "were" || t.norm === "was" || t.norm === "are") && copulaPopulation === null) {
      const c = populationCues.matchAt(tokens, j + 1);
      if (c) {
        copulaPopulation = c.value;
        end = j + c.length;
        break;
      }
    }
    if (!PREDICATE_GAP.has(t.norm)) break;
    gap++;
  }

  // A verb or subject before it: "killed at least 12,000", "the death toll … surpassed 2,500".
  if (metric === null) {
    for (let j = first - 1, dist = 0; j >= leftLimit && dist < 10; j--, dist++) {
      const t = tokens[j]!;
      if (CLAUSE_BREAKS.has(t.norm)) break;
      const m = metricCues.matchEndingAt(tokens, j);
      if (m && j - m.length + 1 >= leftLimit && !isNegatedOrFuture(tokens, j - m.length + 1)) {
        metric = m.value;
        break;
      }
    }
  }

  const population = readPopulation(tokens, first, postModifierEnd(tokens, Math.max(end, phraseEnd), rightLimit), copulaPopulation, head);
  const countsPeople = head !== null || metric !== null || copulaPopulation !== null;
  const follower = tokens[phraseEnd + 1]?.norm;
  const canInherit =
    metric === null &&
    (copulaPopulation !== null || (head !== null && (follower === undefined || INHERIT_FOLLOWERS.has(follower))) || (head === null && phraseEnd === last && (follower === undefined || follower === "," || follower === "and")));
  return { metric, population, countsPeople, canInherit, partitive, end: Math.max(end, phraseEnd) };
}

/** "people aged under 18", "civilians it said were not taking part": a post-modifier narrows the population. */
function postModifierEnd(tokens: readonly Token[], end: number, rightLimit: number): number {
  if (!POST_MODIFIER_STARTS.has(tokens[end + 1]?.norm ?? "")) return end;
  let j = end + 1;
  while (j + 1 < rightLimit && j - end < 9 && !CLAUSE_BREAKS.has(tokens[j + 1]!.norm) && tokens[j + 1]!.norm !== ",") j++;
  return j;
}

/** "members of the security forces", "of the Basij": read the "of" complement into the phrase. */
function skipOfComplement(tokens: readonly Token[], k: number, rightLimit: number): number {
  let j = k + 1;
  for (let n = 0; j < rightLimit && n < 5; j++, n++) {
    const t = tokens[j]!;
    if (t.kind === "punct" && t.norm !== "-") break;
    if (PHRASE_ENDERS.has(t.norm) && t.norm !== "the") break;
  }
  return j;
}

function readPopulation(tokens: readonly Token[], from: number, to: number, copula: Population | null, head: Population | null): Population {
  if (copula) return copula;
  const cue = populationCues.findAll(tokens, from, to + 1)[0];
  if (cue) return cue.value;
  return head ?? "all";
}

/** "killing" in "protested the killing of" is an event noun, not this figure's metric. */
function isGerundOfAnother(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  return (w === "killing" || w === "death" || w === "execution" || w === "arrest") && tokens[k - 1]?.norm === "the";
}

/** "threatened to execute", "will be hanged": an act not yet done counts no one. */
function isNegatedOrFuture(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1]?.norm;
  const b = tokens[k - 2]?.norm;
  return a === "to" && b !== "sentenced" && b !== "put" || a === "not" || a === "never";
}
