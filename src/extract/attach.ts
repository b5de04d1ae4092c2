// Attaches a figure to what it counts: the metric (from a verb right before it, the noun after
// it, its predicate, or a verb or subject before it, within the clause) and the population.
import {
  ADJACENT_VERB_CUES, METRIC_CUES, NON_PERSON_NOUNS, PERSON_NOUNS, PHRASE_FILLERS, POPULATION_CUES, SHELTER_NIGHT_WORDS, SHELTER_PLACES, SHELTER_VERBS, UNIT_WORDS,
} from "./lexicon/en.js";
import { CLAUSE_BREAKS, isNegatedOrFuture, metricBefore } from "./metric-before.js";
import { excludedCount } from "./exclusions.js";
import { PhraseTable, type Token } from "./text.js";
import type { Metric, Population } from "../domain/claim.js";

const metricCues = new PhraseTable(Object.entries(METRIC_CUES));
const adjacentVerbs = new PhraseTable(Object.entries(ADJACENT_VERB_CUES));
const personNouns = new PhraseTable(Object.entries(PERSON_NOUNS));
const populationCues = new PhraseTable(POPULATION_CUES);

/** Words that end the counted noun phrase and begin its predicate or an adjunct. */
const PHRASE_ENDERS = new Set([
  "were", "was", "are", "is", "have", "has", "had", "been", "remain", "remained", "remains", "include", "including",
  "included", "said", "says", "as", "in", "on", "at", "during", "since", "from", "for", "by", "with", "after", "who",
  "that", "which", "across", "nationwide", "according", "while", "but", "amid", "when", "because", "until",
  "to", "into", "over", "against", "near", "inside", "outside", "throughout", "among", "this", "last", "so", "far",
  "could", "would", "will", "may", "might", "can", "must", "should", "it", "they", "he", "she", "the",
]);
/** Words allowed between the noun phrase and a metric word of its predicate. */
const PREDICATE_GAP = new Set([
  "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "reported", "also", "now",
  "already", "allegedly", "confirmed", "believed", "feared", "thought", "said", "to", "all", "later", "since", "then",
  "subsequently", "so", "far", "in", "total", "altogether", "either", "both", "not", "yet", "still", "officially",
  "who", "that", "which", "likely", "probably", "may", "might", "could", "would", "will", "remain", "remained",
  "remains", "got", "get", "left", "found", "taken", "known", "listed", "registered", "recorded", "among",
  "the", "injured", "wounded", "others", "people", "more", "and", "newly", "recently", "internally", "forcibly",
  "temporarily", "permanently", "seriously", "critically", "severely", "fatally", "across", "from", "near", "around",
  "there", "of", "whom", "them", "reported", "estimated", "understood", "presumed", "feared", "say", "says",
  "formally", "officially", "provisionally", "those", '"',
]);
/** Adjectives that open a post-modifier of the counted people ("officials responsible for …"). */
const POST_ADJECTIVES = new Set(["responsible", "involved", "linked", "loyal", "close", "accused", "suspected", "alleged", "believed", "thought", "known"]);
/** Words after a figure's noun phrase that make it the subject of a clause of its own. */
const SUBJECT_AUX = new Set(["had", "have", "has", "were", "was", "are", "is", "will", "would", "could", "may", "might"]);
/** Tokens after a person noun that let it inherit the metric of the figure before it. */
const INHERIT_FOLLOWERS = new Set([
  ",", ".", ";", "and", "including", "along", "as", "who", "it", "aged", "under", "from", "in", "of", "were", "was",
  "—", ")", "plus", "while", "with", "among", "between",
]);
/** Tokens after a bare figure ("147 were …", "up from 2,921 it had posted") that let it inherit. */
const BARE_INHERIT_FOLLOWERS = new Set([",", ".", ";", "and", "it", "by", "on", "in", "the", "—", ")", "are", "were", "remain", "remained", "have", "had", "more"]);
/** Words before a bare figure that tie it to a count just given ("and at 80", "up from 2,921"). */
const BARE_PRECEDERS = new Set(["at", "to", "from", "and", "with", "plus", "including", "of"]);
const TIME_ADVERBS = new Set(["late", "early", "later", "earlier", "overnight", "today", "yesterday", "now", "so", "far"]);
/** Words that join a figure to the one before it. */
const COORDINATORS = new Set(["and", "with", "plus", "including", "as", "while", "whereas"]);
const POST_MODIFIER_STARTS = new Set(["aged", "under", "younger", "below", "who", "it", "that", "not", "affiliated", "linked", "belonging", "serving", "loyal", "working", "from"]);
/** Verbs that undo the count they follow: "two of them had been released". */
const REVERSALS = new Set(["released", "freed", "discharged", "returned", "rescued", "found", "reunited", "pardoned", "acquitted"]);
const PLACE_PREPOSITIONS = new Set(["from", "in", "at", "near", "across", "around"]);
const APPOSITIVE_STARTS = new Set(["among", "including", "mostly", "many", "most", "some", "all", "both"]);
/** ", three in every four Gazans," — an aside that restates the figure. */
const NUMBER_ASIDE_STARTS = new Set(["one", "two", "three", "four", "five", "half", "about", "around", "roughly", "nearly", "almost", "or"]);

export interface Attachment {
  metric: Metric | null;
  /** No metric of its own, but a "number", "figure" or "list" before it: the metric of the claim it continues. */
  framed: boolean;
  population: Population;
  /** A person noun ("people", "protesters") heads the counted phrase. */
  hasHead: boolean;
  /** Nothing but the figure: "and 147 were …", "at 80 late on Friday". */
  bare: boolean;
  /** The figure names no people of its own ("690 injured", "and 147 were …"): it counts those of the figure before. */
  elliptical: boolean;
  /** A bare figure or person noun with nothing of its own to say what happened. */
  canInherit: boolean;
  /** The phrase "of the dead", "of the executions": the figure is a part of something said before. */
  partitive: boolean;
  /** A figure in brackets after a word ("Kisumu (14)"): an item of a breakdown. */
  listItem: boolean;
  /** Last token of the noun phrase and predicate read for this figure. */
  end: number;
}

/**
 * @param first first token of figure + hedge
 * @param last last token of figure + hedge
 * @param leftLimit first token this figure may look back to (after the previous figure)
 * @param rightLimit first token of the next figure (exclusive bound)
 */
export function attachFigure(
  tokens: readonly Token[],
  first: number,
  last: number,
  leftLimit: number,
  rightLimit: number,
  afterClaim = false,
): Attachment | null {
  const phrase = readCountedPhrase(tokens, last, rightLimit);
  if (!phrase) return null;
  const { head, partitive } = phrase;
  const phraseEnd = phrase.end;
  let end = phraseEnd;
  // The counted noun ("2,950 injured"), else a verb right before the figure taking it as its
  // object ("hanged two men who had been arrested"), else its predicate, else a cue before it.
  // A verb that did something to people outranks a noun saying where they were ("hanged four
  // political prisoners"); "sentenced" needs its "to death" after the people.
  let adjacent = adjacentMetric(tokens, first, leftLimit);
  if (adjacent === "sentenced_to_death" && tokens[first - 1]?.norm === "sentenced" && !(tokens[phraseEnd + 1]?.norm === "to" && tokens[phraseEnd + 2]?.norm === "death")) adjacent = null;
  let metric: Metric | null = phrase.metric === "detained" && adjacent && adjacent !== "detained" ? adjacent : (phrase.metric ?? adjacent);
  const deathAfter = tokens[phraseEnd + 1]?.norm === "to" && tokens[phraseEnd + 2]?.norm === "death";
  if (metric === "sentenced_to_death" && deathAfter) end = phraseEnd + 2;

  // "2,300 families, or about 14,000 people, fled": a figure restating the subject takes its verb
  const restating = tokens[first - 1]?.norm === "or" && tokens[first - 2]?.norm === "," && tokens[phraseEnd + 1]?.norm === ",";
  const predicate = readPredicate(tokens, restating ? phraseEnd + 2 : ageModifierEnd(tokens, phraseEnd, rightLimit) + 1, rightLimit, metric === null);
  metric ??= predicate.metric;
  end = Math.max(end, predicate.end);
  if (metric === null && head !== null) {
    const shelter = shelterVerb(tokens, phraseEnd + 1, rightLimit);
    if (shelter >= 0) {
      metric = "displaced";
      end = Math.max(end, shelter);
    }
  }

  // A figure that is the subject of its own clause ("two of them had been released") does not
  // borrow the verb of the clause before it.
  const isSubject = metric === null && SUBJECT_AUX.has(tokens[phraseEnd + 1]?.norm ?? "");
  // "…, along with 231 members of the security forces": a figure joined to the one before shares its metric
  const coordinated = afterClaim && COORDINATORS.has(tokens[first - 1]?.norm ?? "");
  let framed = false;
  let labelled = false;
  if (metric === null && !coordinated) {
    const before = metricBefore(tokens, first, last, leftLimit, head !== null, phrase.metric !== null, isSubject);
    if (before === "frame") framed = true;
    else if (before !== null) {
      metric = before;
      // "Killed in Gaza: 35,173": a label line names what the figure counts
      labelled = tokens[first - 1]?.norm === ":";
    }
  }

  if (excludedCount(tokens, first, last, end, metric)) return null;
  // "Of the 45 victims, 39 were killed": the opener restates a count given before; its parts follow
  if (metric === null && first === 2 && ["of", "among"].includes(tokens[0]!.norm) && tokens[1]!.norm === "the") return null;

  const populationFrom = labelled ? labelStart(tokens, first - 1) : first;
  // the people are named in the counted phrase and what modifies it, not in the predicate or an aside
  const population = readPopulation(tokens, populationFrom, postModifierEnd(tokens, phraseEnd, rightLimit), predicate.population, head);
  const follower = tokens[phraseEnd + 1]?.norm;
  const undone = REVERSALS.has(tokens[predicateVerb(tokens, phraseEnd + 1, rightLimit)]?.norm ?? "");
  // "Of these, 98 were later released": those let go are no longer counted
  if (undone && metric === null) return null;
  // no noun of its own: "and 147 were …", "at 80 late on Friday"
  const bare = head === null && phrase.metric === null && tokens.slice(last + 1, phraseEnd + 1).every((t) => TIME_ADVERBS.has(t.norm));
  const canInherit =
    metric === null &&
    !undone &&
    (predicate.population !== null ||
      coordinated ||
      (partitive && (tokens[last + 2]?.norm === "them" || tokens[last + 2]?.norm === "whom")) ||
      (head !== null && (follower === undefined || INHERIT_FOLLOWERS.has(follower) || /ed$/.test(follower))) ||
      (bare && (follower === undefined || BARE_INHERIT_FOLLOWERS.has(follower) || BARE_PRECEDERS.has(tokens[first - 1]?.norm ?? ""))));
  // "174 civilians were killed and 690 injured": "690 injured" leaves its people unsaid
  const elliptical = head === null && (bare || (phrase.metric !== null && /ed$/.test(tokens[last + 1]?.norm ?? "")));
  const listItem = tokens[first - 1]?.norm === "(" && tokens[last + 1]?.norm === ")" && tokens[first - 2]?.kind === "word";
  return { metric, framed, population, hasHead: head !== null, bare, elliptical, canInherit, partitive, listItem, end };
}

/** First token of the label before a colon: back to the line's or clause's start. */
function labelStart(tokens: readonly Token[], colon: number): number {
  let i = colon - 1;
  while (i > 0 && !CLAUSE_BREAKS.has(tokens[i - 1]!.norm) && tokens[i - 1]!.norm !== ".") i--;
  return i;
}

function adjacentMetric(tokens: readonly Token[], first: number, leftLimit: number): Metric | null {
  let j = first - 1;
  if (tokens[j]?.norm === '"') j--;
  if (j < leftLimit) return null;
  const m = adjacentVerbs.matchEndingAt(tokens, j);
  if (!m || isNegatedOrFuture(tokens, j - m.length + 1)) return null;
  // "the number of people killed 500" never occurs; "those killed 12" is a noun phrase, not a verb
  return m.value;
}

interface CountedPhrase {
  metric: Metric | null;
  head: Population | null;
  partitive: boolean;
  end: number;
}

/** The counted noun phrase: "505 active protesters", "646 deaths", "15 dead", "of the dead". */
function readCountedPhrase(tokens: readonly Token[], last: number, rightLimit: number): CountedPhrase | null {
  let metric: Metric | null = null;
  let head: Population | null = null;
  let partitive = false;
  let afterOf = false;
  let k = last + 1;
  for (let steps = 0; k < rightLimit && steps < 7; ) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.norm !== "-" && t.norm !== "'" && t.norm !== '"' && t.norm !== "'s") break;
    const m = metricCues.matchAt(tokens, k);
    // "18 displacement sites", "five detention centres": the cue names a kind of place or thing
    if (m && NON_PERSON_NOUNS.has(tokens[k + m.length]?.norm ?? "") && tokens[k + m.length]!.start === tokens[k + m.length - 1]!.end + 1) return null;
    if (m && !isGerundOfAnother(tokens, k)) {
      metric = m.value;
      k += m.length;
      break;
    }
    let p = personNouns.matchAt(tokens, k);
    // "205 police stations", "12 army vehicles": a person noun modifying a thing-noun names the thing
    if (p && NON_PERSON_NOUNS.has(tokens[k + p.length]?.norm ?? "")) return null;
    if (p) {
      // "non-protester civilians", "patients and their companions": the phrase runs on; a
      // coordinated noun keeps the first one's population
      let coordinated = false;
      while (p) {
        if (!coordinated) head = p.value;
        k += p.length;
        p = personNouns.matchAt(tokens, k);
        if (!p && tokens[k]?.norm === "and") {
          const skip = coordinatedNounAt(tokens, k + 1, rightLimit);
          const q = skip > 0 ? personNouns.matchAt(tokens, k + skip) : null;
          if (q && k + skip < rightLimit) {
            k += skip;
            p = q;
            coordinated = true;
          }
        }
      }
      if (tokens[k]?.norm === "of") k = skipOfComplement(tokens, k, rightLimit);
      break;
    }
    // "12 building contractors": a thing-noun that modifies a person noun is not the head
    // "123 cases of protesters who went missing": a case is a person
    if (t.norm === "cases" && tokens[k + 1]?.norm === "of" && personNouns.matchAt(tokens, k + 2)) {
      k += 2;
      continue;
    }
    if (NON_PERSON_NOUNS.has(t.norm) && !personNouns.matchAt(tokens, k + 1)) return null;
    if (t.norm === "of") {
      const nextWord = tokens[k + 1]?.norm;
      if (nextWord === "the" || nextWord === "those" || nextWord === "them" || nextWord === "these" || nextWord === "whom") partitive = true;
      // "134 of them", "3,000 of whom": the people of the count before
      if (nextWord === "them" || nextWord === "whom") {
        head ??= "all";
        k += 2;
        // "two of them children"
        const p = personNouns.matchAt(tokens, k);
        if (p) {
          head = p.value;
          k += p.length;
        }
        break;
      }
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
    if (PHRASE_ENDERS.has(t.norm) && (!PHRASE_FILLERS.has(t.norm) || t.norm === "the" || t.norm === "were")) break;
    // "killing at least 20 and injuring 35": "and" before a verb or a figure ends the phrase
    // "… for six and Villa Alemana for three": "and" before a name opens the next item
    if ((t.norm === "and" || t.norm === "or") && (tokens[k + 1]?.kind === "num" || /(?:ing|ed)$/.test(tokens[k + 1]?.norm ?? "") || (isCapitalised(tokens[k + 1]) && !personNouns.matchAt(tokens, k + 2)))) break;
    k++;
    steps++;
  }
  return { metric, head, partitive, end: k - 1 };
}

interface Predicate {
  metric: Metric | null;
  population: Population | null;
  end: number;
}

/** The figure's predicate: "were killed", "are reported to have been killed", "were protesters". */
function readPredicate(tokens: readonly Token[], from: number, rightLimit: number, wantMetric: boolean): Predicate {
  let gap = 0;
  let budget = 6;
  let limit = rightLimit;
  for (let j = from; j < limit && gap <= budget; j++) {
    const t = tokens[j]!;
    // ", among them four children," — an aside before the verb, figures and all: the verb after it
    // is this figure's too (the aside's own figure is read on its own)
    const aside = tokens[j + 1];
    // ", protesters and members of the security forces," — an aside naming who they were
    if (t.norm === "," && aside && (APPOSITIVE_STARTS.has(aside.norm) || aside.kind === "num" || NUMBER_ASIDE_STARTS.has(aside.norm) || (j === from && personNouns.matchAt(tokens, j + 1)))) {
      let c = j + 1;
      while (c < tokens.length && tokens[c]!.norm !== "," && !CLAUSE_BREAKS.has(tokens[c]!.norm) && c - j < 12) c++;
      if (tokens[c]?.norm !== ",") break;
      j = c;
      limit = Math.max(limit, nextFigureAfter(tokens, c));
      continue;
    }
    if (CLAUSE_BREAKS.has(t.norm) || t.norm === ",") break;
    // "affected 1.2 million people and killed 40": the verb after "and" has a figure of its own
    if (t.norm === "and" && verbOfNextFigure(tokens, j + 1, rightLimit)) break;
    const m = wantMetric ? metricCues.matchAt(tokens, j) : null;
    // inside a relative clause, a verb with its own object ("who had treated wounded protesters") is not the figure's
    const ownObject = budget > 6 && m !== null && personNouns.matchAt(tokens, j + m.length + (PHRASE_FILLERS.has(tokens[j + m.length]?.norm ?? "") ? 1 : 0)) !== null;
    if (m && !ownObject && !isGerundOfAnother(tokens, j)) return { metric: m.value, population: null, end: j + m.length - 1 };
    if (m && ownObject) {
      j += m.length;
      gap++;
      continue;
    }
    if (t.norm === "were" || t.norm === "was" || t.norm === "are") {
      const c = populationCues.matchAt(tokens, j + 1);
      if (c) return { metric: null, population: c.value, end: j + c.length };
    }
    // a relative clause or post-modifier may run longer before its verb: "people who were in the city …
    // remain unaccounted for", "officials responsible for managing the dams had been detained"
    if (t.norm === "who" || t.norm === "that" || (j === from && t.kind === "word" && (/(ed|ing)$/.test(t.norm) || POST_ADJECTIVES.has(t.norm)))) budget = 12;
    const properNoun = t.kind === "word" && /^\p{Lu}/u.test(t.text);
    // "52 people from the area were still unaccounted for": a short place phrase before the verb
    const placeNoun = t.kind === "word" && tokens[j - 1]?.norm === "the" && PLACE_PREPOSITIONS.has(tokens[j - 2]?.norm ?? "");
    const inLongClause = budget > 6 && (t.kind === "word" || t.norm === "'s" || t.norm === "-");
    if (!PREDICATE_GAP.has(t.norm) && !properNoun && !placeNoun && !inLongClause) break;
    gap++;
  }
  return { metric: null, population: null, end: from - 1 };
}

/**
 * "people are still living in 349 relief camps", "had taken shelter in 1,639 camps": people staying
 * in places of refuge are the displaced. The index of the verb, or -1.
 */
function shelterVerb(tokens: readonly Token[], from: number, rightLimit: number): number {
  let j = from;
  while (j < rightLimit && j - from < 4 && PREDICATE_GAP.has(tokens[j]!.norm) && !SHELTER_VERBS.has(tokens[j]!.norm)) j++;
  if (j >= rightLimit || !SHELTER_VERBS.has(tokens[j]!.norm)) return -1;
  let at = j + 1;
  while (at - j <= 3 && SHELTER_NIGHT_WORDS.has(tokens[at]?.norm ?? "")) at++;
  if (tokens[at]?.norm !== "in" && tokens[at]?.norm !== "at") return -1;
  // the place: "in 845 camps", "in 18 informal displacement sites", "in emergency housing"
  for (let k = at + 1; k < tokens.length && k - at <= 5; k++) {
    const t = tokens[k]!;
    if (SHELTER_PLACES.has(t.norm)) return j;
    if (t.kind === "punct" || PHRASE_ENDERS.has(t.norm)) break;
  }
  return -1;
}

/** "people aged under 18", "civilians it said were not taking part": a post-modifier narrows the population. */
function postModifierEnd(tokens: readonly Token[], end: number, rightLimit: number): number {
  const start = tokens[end + 1]?.norm ?? "";
  if (!POST_MODIFIER_STARTS.has(start)) return end;
  // "who had treated wounded protesters" says what they did, not who they are; "who were not …" does
  if ((start === "who" || start === "that") && !["were", "was", "are", "is"].includes(tokens[end + 2]?.norm ?? "")) return end;
  const age = ageModifierEnd(tokens, end, rightLimit);
  if (age > end) return age;
  let j = end + 1;
  while (j + 1 < rightLimit && j - end < 9 && !CLAUSE_BREAKS.has(tokens[j + 1]!.norm) && tokens[j + 1]!.norm !== ",") j++;
  return j;
}

const AGE_MODIFIER_STARTS = new Set(["aged", "under", "younger", "below"]);

/** "children under five had died", "people aged under 18 were held": an age after the phrase ends at its number. */
function ageModifierEnd(tokens: readonly Token[], end: number, rightLimit: number): number {
  if (!AGE_MODIFIER_STARTS.has(tokens[end + 1]?.norm ?? "")) return end;
  for (let k = end + 1; k < rightLimit && k - end < 7; k++) {
    if (tokens[k]!.kind !== "num" && UNIT_WORDS[tokens[k]!.norm] === undefined) continue;
    let j = k;
    if (tokens[j + 1]?.norm === "years" || tokens[j + 1]?.norm === "year") j++;
    if (tokens[j + 1]?.norm === "old") j++;
    return j;
  }
  return end;
}

/** The first number token after `from`, or the sentence's end: how far a predicate may run past an aside. */
function nextFigureAfter(tokens: readonly Token[], from: number): number {
  let k = from + 1;
  while (k < tokens.length && tokens[k]!.kind !== "num") k++;
  return k;
}

/** The first word of the predicate after the phrase, skipping auxiliaries: "had been released" → "released". */
function predicateVerb(tokens: readonly Token[], from: number, rightLimit: number): number {
  let j = from;
  while (j < rightLimit && ["had", "have", "has", "been", "were", "was", "are", "is", "since", "later", "already", "all", "now", "also", "subsequently", "eventually"].includes(tokens[j]!.norm)) j++;
  return j;
}

/** "members of the security forces", "of the Basij": read the "of" complement into the phrase. */
function skipOfComplement(tokens: readonly Token[], k: number, rightLimit: number): number {
  let j = k + 1;
  for (let n = 0; j < rightLimit && n < 5; j++, n++) {
    const t = tokens[j]!;
    if (t.kind === "punct" && t.norm !== "-") break;
    if (PHRASE_ENDERS.has(t.norm) && t.norm !== "the") break;
    // "18 members of the security forces killed": the metric after the complement is the figure's
    if (n > 0 && metricCues.matchAt(tokens, j) && !personNouns.matchAt(tokens, j)) break;
  }
  return j;
}

/**
 * "police officers and national guard members": the offset after "and" of a person noun joined
 * to the one before, past up to two modifiers ("their", "other", "national guard"); 0 if none.
 */
function coordinatedNounAt(tokens: readonly Token[], from: number, rightLimit: number): number {
  for (let j = from; j < rightLimit && j - from <= 2; j++) {
    if (personNouns.matchAt(tokens, j)) return j - from + 1;
    const t = tokens[j]!;
    if (t.kind !== "word" || PHRASE_ENDERS.has(t.norm) || metricCues.matchAt(tokens, j) || t.norm === "and") return 0;
  }
  return 0;
}

function readPopulation(tokens: readonly Token[], from: number, to: number, copula: Population | null, head: Population | null): Population {
  if (copula) return copula;
  to = Math.min(to, tokens.length - 1);
  const cue = populationCues.findAll(tokens, from, to + 1)[0];
  if (cue) return cue.value;
  for (let i = from; i < to; i++) {
    // "two of them aged 17"
    if (tokens[i]!.norm === "aged" && tokens[i + 1]?.kind === "num" && Number(tokens[i + 1]!.norm) < 18) return "children";
  }
  return head ?? "all";
}

function verbOfNextFigure(tokens: readonly Token[], from: number, rightLimit: number): boolean {
  const m = metricCues.matchAt(tokens, from);
  if (!m || rightLimit >= tokens.length) return false;
  const gap = tokens.slice(from + m.length, rightLimit);
  return gap.length <= 3 && gap.every((t) => t.kind === "word");
}

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

/** "killing" in "protested the killing of" is an event noun, not this figure's metric. */
function isGerundOfAnother(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  return (w === "killing" || w === "death" || w === "execution" || w === "arrest") && tokens[k - 1]?.norm === "the";
}
