// A pack's words for reading claims, as data: what befell the people counted, who they were, who
// says so and how sure, and what a figure counts when it counts no one. Folded into phrase tables
// once (claimLexicon); the pack pipeline (pack-pipeline.ts) reads every language through them.
import type { ClaimantKind, Metric, Population, Status } from "../../domain/claim.js";
import { foldPhrase, type CharFold } from "./matching-text.js";
import { PhraseTable } from "./phrase-table.js";

/** A claimant as a pack's language writes it, under the canonical name the English gazetteer uses. */
export interface PackClaimant {
  /** The canonical name ("HRANA"); its kind comes from the English gazetteer when it has the name. */
  name: string;
  kind: ClaimantKind;
  /** The names as written in the language ("هرانا", "خبرگزاری هرانا"); "*" ends a stem. */
  aliases: string[];
}

/**
 * The words of one language, written as a reader writes them. In every list a word ending in "*"
 * is a stem taking any ending; phrases are words separated by spaces (a zero-width non-joiner is
 * folded away, so "کشته‌شدگان" and "کشته شدگان" are both written "کشته*" or "کشته شدگان").
 */
export interface ClaimWords {
  /** Clitics written onto the next word ("و", "ال", "بال"): a word is also read without them. */
  clitics: string[];
  /** What happened to the people counted: "کشته*" killed, "yaral*" injured, "حکم اعدام" sentenced_to_death. */
  metrics: Record<string, Metric>;
  /** Words that count people the contract leaves out (hostages, the rescued, the released): a figure nearest one is no claim. */
  notClaims: string[];
  /** Words before a metric word that make it a circumstance, not what befell the people counted ("پس از بازداشت" after arrest). */
  metricCircumstances: string[];
  /** Words after a figure that make the metric word after them name whom the figure is a part of ("از", "من"). */
  partitiveMarkers: string[];
  /** Endings of a participle ("gözaltına alınan iki kişi"): a metric word before the figure that ends so describes the people, and yields to a verb after it. */
  participleEndings: string[];
  /** Endings on a figure that make it a part of the count before ("532'si çocuk": 532 of them children), before a population word. */
  partSuffixes: string[];
  /** Endings on a figure that set it in time ("2023'te": in 2023): a year so ended is a year even before a metric word. */
  timeSuffixes: string[];
  /** "از ۵ هزار نفر فراتر رفت", "تجاوز 500": words before and after a figure that say it was passed (more_than). */
  passedBefore: string[];
  passedAfter: string[];
  /** Words right before a date that make it the day the count stands at ("تا ۲۳ دی", "حتى"). */
  asOfBefore: string[];
  /** Words that refer to the last day named ("همان روز", "aynı gün"). */
  sameDay: string[];
  /** Words joining two metrics into one combined figure ("killed or injured"): not a claim. */
  metricJoiners: string[];
  /** Words joining two counts ("و", "ve"): crossing one puts a word further from a figure. */
  conjunctions: string[];
  /**
   * Arabic names what befell people before the figure ("مقتل 30 وإصابة 40"): a metric word after a
   * conjunction that follows the figure belongs to the next count, not to this one.
   */
  conjunctionEndsMetricAfter: boolean;
  /**
   * The predicate's verb ends its clause (Persian, Turkish): a metric word right after a figure
   * names who was counted ("۱۸ زندانی", "12 tutuklu") and yields to a metric verb closing the clause
   * ("… اعدام شدند", "… idam edildi"). Arabic puts its verb first, so a word after the figure is never it.
   */
  predicateEndsClause: boolean;
  /** Who was counted: "معترض*" protesters, "çocuk*" children. */
  populations: Record<string, Population>;
  /** Words counting people ("نفر", "kişi", "شخص*"): a figure before one counts people. */
  personCounters: string[];
  /** Words after a figure that make it count something else (years, cities, per cent, ages). */
  notPeople: string[];
  /** Words before a figure that make it count something else ("سال ۱۴۰۱", "عام 2023", "yüzde 30"). */
  notPeopleBefore: string[];
  /** Attribution cues followed by the source: "به گزارش" X, "وفقا ل" X, "أفادت" X. */
  attributionBefore: string[];
  /** Attribution cues the source stands before: X "اعلام کرد", X "'e göre", X "açıkladı". */
  attributionAfter: string[];
  /** Words between a cue and the source that name what the source issued ("آمار", "açıklamasına"), passed over. */
  sourceNoise: string[];
  /** Words that end a source's name as written ("که", "در", "أن"). */
  sourceStops: string[];
  /** Words opening a sentence before a comma that tie it to the last ("در مقابل،", "من جهتها،", "Öte yandan,"): not its subject. */
  sentenceOpeners: string[];
  /** Words around a name that stands between them right before a cue ("وكانت X قد أعلنت"): the name is the cue's source. */
  speakerFrame: { before: string[]; after: string[] };
  /** A source's name as written starts each word with a capital (Turkish): "Sağlık Bakanlığı", not "yükseldiğini". */
  namesCapitalised: boolean;
  /** Letters a source's name as written may carry from the cue before it ("ل" of "وفقا لوزارة"), dropped from the name. */
  sourcePrefixes: string[];
  /** Words that refer back to the last source named ("این سازمان", "الوزارة", "bakanlık"). */
  sourceAnaphors: string[];
  /** How sure the claimant is: "تایید*" verified, "در حال بررسی" under_review, "تخمین*" estimate. */
  statuses: Record<string, Status>;
  /** Words saying the figures are a part of the count before ("از این تعداد", "من بينهم", "bunların"). */
  partOpeners: string[];
  /** Words after a part that say its whole follows ("58'i çocuk olmak üzere 344 kişi"). */
  partBeforeWhole: string[];
  /** Words opening a subordinate clause ("که", "ki"): a verb past one is that clause's, not the figure's. */
  subordinators: string[];
  /** Words after a name that a cue introduces and before the source it quotes ("نقلت رويترز عن X": X speaks). */
  quotedFromMarkers: string[];
  /** Words before a name that make it the one told, not the teller ("یک منبع به بی‌بی‌سی گفت": BBC was told). */
  addresseeMarkers: string[];
  /** Words before a date that open a period rather than date the figure ("از", "منذ"). */
  periodStartsBefore: string[];
  /** Words after a date that open a period ("beri", "itibaren"). */
  periodStartsAfter: string[];
  /** Words opening a period that runs to the present ("منذ", "از زمان"): a year later in their clause starts it, and sets no past year. */
  sinceWords: string[];
  /** Words naming a year ("سال", "عام", "yılı") for telling a past year from a count. */
  yearWords: string[];
  /** Phrases for the year before publication ("سال گذشته", "العام الماضي", "geçen yıl"), with the calendar whose year they mean. */
  lastYearWords: Record<string, "gregorian" | "solar-hijri" | "hijri">;
  /**
   * Words right before a day, or after it, that make it the time of the event (the quake, the floods), not the
   * day of a figure: "در سیلاب‌های جمعه گذشته", "cuma günü meydana gelen depremde".
   */
  eventDayBefore: string[];
  eventDayAfter: string[];
  /** Canonical claimants written in this language. */
  claimants: PackClaimant[];
  /** Words that tell the kind of a source named as written ("وزارت" government, "سازمان حقوق بشر" ngo). */
  claimantKinds: Record<string, ClaimantKind>;
}

/** A pack's claim words folded into phrase tables. */
export interface ClaimLexicon {
  /** Metric words, and words that count what is no claim (null). */
  metrics: PhraseTable<Metric | null>;
  metricCircumstances: PhraseTable<true>;
  partitiveMarkers: PhraseTable<true>;
  partSuffixes: Set<string>;
  timeSuffixes: Set<string>;
  participleEndings: string[];
  passedBefore: PhraseTable<true>;
  passedAfter: PhraseTable<true>;
  asOfBefore: PhraseTable<true>;
  sameDay: PhraseTable<true>;
  metricJoiners: PhraseTable<true>;
  conjunctions: PhraseTable<true>;
  conjunctionEndsMetricAfter: boolean;
  predicateEndsClause: boolean;
  populations: PhraseTable<Population>;
  personCounters: PhraseTable<true>;
  notPeople: PhraseTable<true>;
  notPeopleBefore: PhraseTable<true>;
  attributionBefore: PhraseTable<true>;
  attributionAfter: PhraseTable<true>;
  sourceNoise: PhraseTable<true>;
  sourceStops: PhraseTable<true>;
  sentenceOpeners: PhraseTable<true>;
  speakerFrame: { before: PhraseTable<true>; after: PhraseTable<true> };
  sourcePrefixes: string[];
  namesCapitalised: boolean;
  sourceAnaphors: PhraseTable<true>;
  statuses: PhraseTable<Status>;
  partOpeners: PhraseTable<true>;
  addresseeMarkers: PhraseTable<true>;
  quotedFromMarkers: PhraseTable<true>;
  subordinators: PhraseTable<true>;
  partBeforeWhole: PhraseTable<true>;
  periodStartsBefore: PhraseTable<true>;
  periodStartsAfter: PhraseTable<true>;
  sinceWords: PhraseTable<true>;
  yearWords: PhraseTable<true>;
  lastYearWords: PhraseTable<"gregorian" | "solar-hijri" | "hijri">;
  eventDayBefore: PhraseTable<true>;
  eventDayAfter: PhraseTable<true>;
  claimants: PhraseTable<PackClaimant>;
  claimantKinds: PhraseTable<ClaimantKind>;
}

export function claimLexicon(words: ClaimWords, fold: CharFold): ClaimLexicon {
  const table = <T>(record: Record<string, T>) => new PhraseTable(Object.entries(record), fold, words.clitics);
  const list = (phrases: string[]) => new PhraseTable(phrases.map((p) => [p, true as const] as const), fold, words.clitics);
  return {
    metrics: new PhraseTable<Metric | null>([...Object.entries(words.metrics), ...words.notClaims.map((w) => [w, null] as const)], fold, words.clitics),
    metricCircumstances: list(words.metricCircumstances),
    partitiveMarkers: list(words.partitiveMarkers),
    participleEndings: words.participleEndings.map((w) => foldPhrase(w, fold)),
    partSuffixes: new Set(words.partSuffixes.map((w) => foldPhrase(w, fold))),
    timeSuffixes: new Set(words.timeSuffixes.map((w) => foldPhrase(w, fold))),
    passedBefore: list(words.passedBefore),
    passedAfter: list(words.passedAfter),
    asOfBefore: list(words.asOfBefore),
    sameDay: list(words.sameDay),
    metricJoiners: list(words.metricJoiners),
    conjunctions: new PhraseTable(words.conjunctions.map((p) => [p, true as const] as const), fold),
    conjunctionEndsMetricAfter: words.conjunctionEndsMetricAfter,
    predicateEndsClause: words.predicateEndsClause,
    populations: table(words.populations),
    personCounters: list(words.personCounters),
    notPeople: list(words.notPeople),
    notPeopleBefore: list(words.notPeopleBefore),
    attributionBefore: list(words.attributionBefore),
    attributionAfter: list(words.attributionAfter),
    sourceNoise: list(words.sourceNoise),
    sourceStops: list(words.sourceStops),
    sentenceOpeners: list(words.sentenceOpeners),
    speakerFrame: { before: list(words.speakerFrame.before), after: list(words.speakerFrame.after) },
    sourcePrefixes: words.sourcePrefixes,
    namesCapitalised: words.namesCapitalised,
    sourceAnaphors: list(words.sourceAnaphors),
    statuses: table(words.statuses),
    partOpeners: list(words.partOpeners),
    addresseeMarkers: list(words.addresseeMarkers),
    quotedFromMarkers: list(words.quotedFromMarkers),
    subordinators: list(words.subordinators),
    partBeforeWhole: list(words.partBeforeWhole),
    periodStartsBefore: list(words.periodStartsBefore),
    periodStartsAfter: list(words.periodStartsAfter),
    sinceWords: list(words.sinceWords),
    yearWords: list(words.yearWords),
    lastYearWords: table(words.lastYearWords),
    eventDayBefore: list(words.eventDayBefore),
    eventDayAfter: list(words.eventDayAfter),
    claimants: new PhraseTable(words.claimants.flatMap((c) => [c.name, ...c.aliases].map((alias) => [alias, c] as const)), fold, words.clitics),
    claimantKinds: table(words.claimantKinds),
  };
}
