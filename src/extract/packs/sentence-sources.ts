// Who a sentence of a pack's language credits its figures to: an attribution cue ("به گزارش",
// "أفادت", "'e göre", "açıkladı") and the source beside it — a known claimant (the pack's names,
// or a Latin name the one claimant resolver knows), a word referring back to the last source, or
// the name as written.
import type { ClaimantKind } from "../../domain/claim.js";
import { claimantResolver } from "../../domain/claimants.js";
import { CLAIMANT_GAZETTEER } from "../lexicon/claimants.js";
import type { ClaimLexicon, PackClaimant } from "./claim-words.js";
import type { PhraseMatch } from "./phrase-table.js";
import { clauseMarksBetween, documentSpan, range, type SentenceWords } from "./sentence-words.js";
import type { Span } from "../sentences.js";

export interface PackSource {
  name: string;
  kind: ClaimantKind | null;
}

/** A source as the document wrote its name ("Gazze'deki Sağlık Bakanlığı Sözcüsü Eşref el-Kudra"), for a later surname alone ("Kudra"). */
export interface WrittenSource {
  written: string;
  source: PackSource;
}

export interface SentenceAttribution {
  source: PackSource;
  /** The source's name as the sentence writes it. */
  written: string;
  /** Tokens of the cue and of the source's name. */
  cue: { first: number; last: number };
  named: { first: number; last: number };
  /** How the source was told: a known name, a word referring back, or the name as written. */
  how: "known" | "referred back" | "as written";
}

const knownClaimants = claimantResolver(CLAIMANT_GAZETTEER);
/** Every word of the gazetteer's names, lower-cased: a name sharing none of them is no known claimant, and the resolver's patterns need not run. */
const GAZETTEER_WORDS = new Set(knownClaimants.aliases.flatMap(([alias]) => alias.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)));

function mayBeKnown(written: string): boolean {
  return written.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => GAZETTEER_WORDS.has(word));
}

/** The longest a source's name as written runs, in words. */
const MAX_NAME_WORDS = 6;

/**
 * The gazetteer's names and aliases, lower-cased, with their entries. A pack names its claimants as the
 * gazetteer spells them (packs.test.ts holds every pack to it), so an exact look-up finds them, and the
 * resolver's patterns, some 0.3 s to compile, are built only for names as written in Latin letters.
 */
const EXACT_NAMES = new Map(knownClaimants.aliases.map(([alias, entry]) => [alias.toLowerCase(), entry] as const));

/** The canonical claimant of a pack's entry: as the one claimant resolver names it when it knows the name (so a report in any language names a source alike), else the pack's. */
export function knownSource(entry: PackClaimant): PackSource {
  let source = resolvedEntries.get(entry);
  if (!source) {
    const exact = EXACT_NAMES.get(entry.name.toLowerCase());
    source = exact ? { name: exact.name, kind: exact.kind } : { name: entry.name, kind: entry.kind };
    resolvedEntries.set(entry, source);
  }
  return source;
}

/** Each pack entry resolved once: the resolver tries every gazetteer pattern, and a report names its sources again and again. */
const resolvedEntries = new WeakMap<PackClaimant, PackSource>();

/** Every attribution of a sentence, left to right by cue. `days`: tokens in day phrases ("روز سه‌شنبه"), passed over. */
export function findSentenceSources(document: string, words: SentenceWords, lexicon: ClaimLexicon, history: readonly PackSource[], days: ReadonlySet<number>, writtenBefore: readonly WrittenSource[] = []): SentenceAttribution[] {
  const { tokens, folded } = words;
  const known = lexicon.claimants.findAll(tokens, folded);
  const found: SentenceAttribution[] = [];
  const cues: Array<{ match: PhraseMatch<true>; before: boolean }> = [
    ...lexicon.attributionBefore.findAll(tokens, folded).map((match) => ({ match, before: true })),
    ...lexicon.attributionAfter.findAll(tokens, folded).map((match) => ({ match, before: false })),
  ].sort((a, b) => a.match.first - b.match.first);
  const skippable = (i: number) => days.has(i) || lexicon.sourceNoise.matchAt(tokens, i, folded)?.last === i;
  for (const { match, before } of cues) {
    let named = before ? framedBefore(words, lexicon, match.first) ?? nameAfter(words, lexicon, match.last + 1, skippable, days) : nameBefore(words, lexicon, match.first - 1, skippable) ?? subjectBefore(words, lexicon, known, match.first, days);
    // "دادستان تهران به خبرنگاران گفت": the one told stands between the teller and the verb.
    const toldBefore = before ? null : lexicon.addresseeMarkers.findAll(tokens, folded, Math.max(0, match.first - 4), match.first - 2).filter((m) => clauseMarksBetween(words, m.last, match.first) === 0).at(-1);
    if (!named && toldBefore) named = nameBefore(words, lexicon, toldBefore.first - 1, skippable) ?? subjectBefore(words, lexicon, known, toldBefore.first, days);
    if (!named) continue;
    // "نقلت وكالة رويترز عن شبكة أطباء السودان قولها": the cue's name quotes the source after the marker.
    const quoting = before ? lexicon.quotedFromMarkers.matchAt(tokens, named.last + 1, folded) : null;
    const quoted = quoting && clauseMarksBetween(words, named.last, quoting.first) === 0 ? nameAfter(words, lexicon, quoting.last + 1, skippable, days) : null;
    if (quoted) named = quoted;
    // "یک منبع محلی به بی‌بی‌سی گفت": the name after a word marking the one told is not the teller; the name before it is.
    const told = named.first;
    const marker = before ? null : lexicon.addresseeMarkers.findAll(tokens, folded, Math.max(0, told - 2), told - 1).find((m) => m.last === told - 1);
    if (marker) {
      const teller = nameBefore(words, lexicon, marker.first - 1, skippable) ?? subjectBefore(words, lexicon, known, marker.first, days);
      if (!teller) continue;
      named = teller;
    }
    let source = resolveSource(document, words, lexicon, known, named, history, writtenBefore);
    let at = named;
    const subject = !source && !before ? subjectBefore(words, lexicon, known, match.first, days) : null;
    if (subject) {
      source = resolveSource(document, words, lexicon, known, subject, history, writtenBefore);
      at = subject;
    }
    if (source) found.push({ ...source, written: writtenName(document, words, at), cue: { first: match.first, last: match.last }, named: withDayAside(words, withApposition(words, lexicon, at, before ? words.tokens.length : match.first), days, before ? words.tokens.length : match.first) });
  }
  // "هرانا: …", "AFAD: …": a known source followed by a colon speaks for the sentence.
  for (const k of known) {
    if (/^\s*:/.test(folded.slice(tokens[k.last]!.end)) && !found.some((f) => f.named.first <= k.first && f.named.last >= k.last)) {
      found.push({ source: knownSource(k.value), how: "known", written: writtenName(document, words, k), cue: { first: k.last, last: k.last }, named: { first: k.first, last: k.last } });
    }
  }
  return found;
}

/** "وكانت وزارة الصحة السودانية قد أعلنت": the name between the frame's words right before a cue, or null. */
function framedBefore(words: SentenceWords, lexicon: ClaimLexicon, cue: number): { first: number; last: number } | null {
  const { tokens, folded } = words;
  const after = lexicon.speakerFrame.after.findAll(tokens, folded, Math.max(0, cue - 2), cue - 1).find((m) => m.last === cue - 1);
  if (!after) return null;
  const last = after.first - 1;
  for (let first = last; first >= 1 && last - first < MAX_NAME_WORDS; first--) {
    if (!isNameWord(words, lexicon, first) || clauseMarksBetween(words, first, last) > 0) return null;
    if (lexicon.speakerFrame.before.matchAt(tokens, first - 1, folded)?.last === first - 1) return { first, last };
  }
  return null;
}

/**
 * "قال مسؤول حكومي لوكالة فرانس برس، الإثنين، إن …": a day set off by commas a few words after the source's
 * name, with no figure between, dates what the source said; the words up to it go with the name.
 */
function withDayAside(words: SentenceWords, named: { first: number; last: number }, days: ReadonlySet<number>, end: number): { first: number; last: number } {
  const { tokens, folded } = words;
  const commaAfter = (i: number) => /^\s*[,،]/.test(folded.slice(tokens[i]!.end));
  for (let k = named.last + 1; k < end && k - named.last <= MAX_APPOSITION_WORDS; k++) {
    if (tokens[k]!.digits && !days.has(k)) return named;
    if (!days.has(k) || !commaAfter(k - 1)) continue;
    let last = k;
    while (days.has(last + 1)) last++;
    return commaAfter(last) && clauseMarksBetween(words, named.last, k - 1) === 0 ? { first: named.first, last: k - 1 } : named;
  }
  return named;
}

/** The most words of a place phrase between a source opening its sentence and its cue. */
const MAX_PLACE_WORDS = 3;

/** The longest an apposition after a source's name runs, in words. */
const MAX_APPOSITION_WORDS = 10;

/**
 * "ملا جانان صایق، سخنگوی وزارت …، روز یکشنبه … گفت": a name with the role set off by commas after it,
 * so that a day after the role stands beside the name. The role opens with a word of a source's kind.
 */
function withApposition(words: SentenceWords, lexicon: ClaimLexicon, named: { first: number; last: number }, end: number): { first: number; last: number } {
  const { tokens, folded } = words;
  const comma = (i: number) => /^\s*[,،]/.test(folded.slice(tokens[i]!.end));
  const role = named.last + 1;
  if (role >= end || !comma(named.last) || lexicon.claimantKinds.matchAt(tokens, role, folded)?.first !== role) return named;
  for (let k = role; k < end && k - role < MAX_APPOSITION_WORDS; k++) {
    if (tokens[k]!.digits) return named;
    if (comma(k)) return { first: named.first, last: k };
    if (clauseMarksBetween(words, k, k + 1) > 0) return named;
  }
  return named;
}

function isNameWord(words: SentenceWords, lexicon: ClaimLexicon, i: number): boolean {
  const { tokens, folded } = words;
  const token = tokens[i];
  if (!token || token.digits || (words.counting.has(i) && !capitalisedBeforeName(words, lexicon, i))) return false;
  if (lexicon.namesCapitalised && !/^\p{Lu}/u.test(words.original[i] ?? "")) return lexicon.claimants.matchAt(tokens, i, folded) !== null || suffixOfName(words, i) || particleOfName(words, i);
  return !lexicon.sourceStops.matchAt(tokens, i, folded) && !lexicon.attributionBefore.matchAt(tokens, i, folded) && !lexicon.attributionAfter.matchAt(tokens, i, folded) && !lexicon.metrics.matchAt(tokens, i, folded);
}

/** "İnsan Hakları Derneği": where names are capitalised, a word counting people ("insan") opens a name when a capitalised word follows it. */
function capitalisedBeforeName(words: SentenceWords, lexicon: ClaimLexicon, i: number): boolean {
  const next = words.tokens[i + 1];
  return lexicon.namesCapitalised && /^\p{Lu}/u.test(words.original[i] ?? "") && next !== undefined && !next.digits && /^\p{Lu}/u.test(words.original[i + 1] ?? "") && clauseMarksBetween(words, i, i + 1) === 0;
}

/** "Gazze'deki", "Sağlık Bakanlığı'nın": an ending written after an apostrophe onto a capitalised word continues it. */
function suffixOfName(words: SentenceWords, i: number): boolean {
  const token = words.tokens[i]!;
  return i > 0 && words.folded[token.start - 1] === "'" && words.tokens[i - 1]!.end === token.start - 1 && /^\p{Lu}/u.test(words.original[i - 1] ?? "");
}

/** "Eşref el-Kudra", "Abd al-Rahman": a particle joined by a hyphen to a capitalised word is part of the name. */
function particleOfName(words: SentenceWords, i: number): boolean {
  const next = words.tokens[i + 1];
  return next !== undefined && words.folded.slice(words.tokens[i]!.end, next.start) === "-" && /^\p{Lu}/u.test(words.original[i + 1] ?? "");
}

/** "Pakistan Ulusal Afet Yönetim Kurumu (NDMA)": the token of a Latin acronym in brackets right after token `last`, or null. */
function acronymAfter(words: SentenceWords, last: number): number | null {
  const next = words.tokens[last + 1];
  if (!next || !/^\s*\($/.test(words.folded.slice(words.tokens[last]!.end, next.start)) || !/^[\p{Lu}\p{N}-]{2,}$/u.test(words.original[last + 1] ?? "")) return null;
  const closing = words.tokens[last + 2];
  return /^\)/.test(words.folded.slice(next.end, closing ? closing.start : words.folded.length)) ? last + 1 : null;
}

/** The name that follows a cue: its noise words passed over, up to a stop word, a clause mark or a figure. */
function nameAfter(words: SentenceWords, lexicon: ClaimLexicon, from: number, skippable: (i: number) => boolean, days: ReadonlySet<number>): { first: number; last: number } | null {
  // A day however long it is written ("يوم الأربعاء 7 ذو القعدة 1445"), and up to four noise phrases, of
  // one word or several ("بر پایه ارقامی که X منتشر کرد", "وفقا لبيانات صادرة عن X").
  let first = from;
  for (let noise = 0; first < words.tokens.length; ) {
    if (days.has(first)) {
      first++;
      continue;
    }
    const phrase = lexicon.sourceNoise.matchAt(words.tokens, first, words.folded);
    if (!phrase || noise >= 4) break;
    noise++;
    first = phrase.last + 1;
  }
  if (first >= words.tokens.length || clauseMarksBetween(words, from - 1, first) > 0) return null;
  const known = lexicon.claimants.matchAt(words.tokens, first, words.folded);
  if (known) return { first, last: known.last };
  // "قالت المنظمة إن": a word referring back; "قالت المنظمة الأوروبية السعودية لحقوق الإنسان إن": the first word of a name.
  const referring = lexicon.sourceAnaphors.matchAt(words.tokens, first, words.folded);
  const nameGoesOn = referring !== null && referring.last + 1 < words.tokens.length && clauseMarksBetween(words, referring.last, referring.last + 1) === 0 && isNameWord(words, lexicon, referring.last + 1) && !skippable(referring.last + 1);
  if (referring && !nameGoesOn) return { first, last: referring.last };
  if (!isNameWord(words, lexicon, first)) return null;
  let last = first;
  while (last + 1 < words.tokens.length && last - first + 1 < MAX_NAME_WORDS && clauseMarksBetween(words, last, last + 1) === 0 && isNameWord(words, lexicon, last + 1) && !skippable(last + 1)) last++;
  return { first, last };
}

/** The name that stands before a cue: noise words passed over, back to a stop word, a clause mark or a figure. */
function nameBefore(words: SentenceWords, lexicon: ClaimLexicon, from: number, skippable: (i: number) => boolean): { first: number; last: number } | null {
  let last = from;
  while (last >= 0 && skippable(last) && from - last < 4) last--;
  if (last < 0 || clauseMarksBetween(words, last, from + 1) > 0) return null;
  // A known name ending here, however many words it has; else a word referring back that no name word precedes ("Bakanlık", not "Sağlık Bakanlığı").
  for (let first = Math.max(0, last - MAX_NAME_WORDS); first <= last; first++) {
    if (lexicon.claimants.matchAt(words.tokens, first, words.folded)?.last === last) return { first, last };
  }
  for (let first = Math.max(0, last - MAX_NAME_WORDS); first <= last; first++) {
    const referring = lexicon.sourceAnaphors.matchAt(words.tokens, first, words.folded);
    const named = first > 0 && clauseMarksBetween(words, first - 1, first) === 0 && isNameWord(words, lexicon, first - 1);
    if (referring?.last === last && !named) return { first, last };
  }
  if (!isNameWord(words, lexicon, last)) return null;
  let first = last;
  while (first - 1 >= 0 && last - first + 1 < MAX_NAME_WORDS && clauseMarksBetween(words, first - 1, first) === 0 && isNameWord(words, lexicon, first - 1) && !skippable(first - 1)) first--;
  // A name as written before its verb is the clause's subject: it opens the sentence or a clause.
  if (first > 0 && clauseMarksBetween(words, first - 1, first) === 0) return null;
  return { first, last };
}

/**
 * The subject of a verb-final sentence, far from its verb ("AFAD, depremde … açıkladı", "هرانا در
 * گزارشی … اعلام کرد"): the last known name before the cue, else the words opening the sentence up to a comma.
 */
function subjectBefore(words: SentenceWords, lexicon: ClaimLexicon, known: ReadonlyArray<PhraseMatch<PackClaimant>>, cue: number, days: ReadonlySet<number>): { first: number; last: number } | null {
  // "در مقابل، حسین مدرسی یزدی، … گفته بود": the subject follows a word tying the sentence to the last.
  const opener = lexicon.sentenceOpeners.matchAt(words.tokens, 0, words.folded);
  const from = opener && opener.last + 1 < cue && /^\s*[,،]/.test(words.folded.slice(words.tokens[opener.last]!.end)) ? opener.last + 1 : 0;
  // "İçişleri Bakanı Ali Yerlikaya, … açıkladı": the capitalised words opening the sentence before a comma;
  // "Sağlık Bakanlığı salı günü yaptığı açıklamada … bildirdi": or a name of a source's kind, in the
  // nominative (no case ending after an apostrophe), opening a sentence its speech verb closes.
  if (lexicon.namesCapitalised) {
    let last = from - 1;
    // Endings after an apostrophe and joined particles ("Gazze'deki", "el-Kudra") are tokens of their own: a longer reach.
    // "Karabağ'daki Ermeni yetkililer ise …", "Hükümet sözcüsü X": a word of a source's kind continues the capitalised words before it.
    const continues = (i: number) => isNameWord(words, lexicon, i) || (i > from && lexicon.claimantKinds.matchAt(words.tokens, i, words.folded) !== null);
    while (last + 1 < cue && last + 1 < from + MAX_NAME_WORDS + 3 && continues(last + 1) && (last < from || clauseMarksBetween(words, last, last + 1) === 0)) last++;
    if (last >= from && /^\s*[,،]/.test(words.folded.slice(words.tokens[last]!.end))) return { first: from, last };
    const acronym = last >= from ? acronymAfter(words, last) : null;
    if (acronym !== null && acronym < cue && /^\s*\)\s*[,،]/.test(words.folded.slice(words.tokens[acronym]!.end))) return { first: from, last: acronym };
    const nominative = last >= from && !/^'/.test(words.folded.slice(words.tokens[last]!.end));
    const ofSourceKind = nominative && lexicon.claimantKinds.findAll(words.tokens, words.folded, from, last).length > 0;
    if (ofSourceKind && closesSentence(words, lexicon, cue)) return { first: from, last };
  }
  const name = known.filter((k) => k.last < cue).at(-1);
  if (name) return { first: name.first, last: name.last };
  const ofKind = openingOfSourceKind(words, lexicon, cue, from, days);
  if (ofKind) return ofKind;
  const referring = lexicon.sourceAnaphors.matchAt(words.tokens, from, words.folded);
  if (referring && referring.last < cue) return { first: from, last: referring.last };
  for (let last = from; last < Math.min(cue, from + MAX_NAME_WORDS); last++) {
    if (words.tokens[last]!.digits) return null;
    // "Bu rakam, 2022'deki 883 idama göre …": where names are capitalised, words opening with no name word
    // ("Sudan ordusu pazartesi günü, …" opens with one) name no source.
    if (clauseMarksBetween(words, last, last + 1) > 0) return /^\s*[,،]/.test(words.folded.slice(words.tokens[last]!.end)) && (!lexicon.namesCapitalised || isNameWord(words, lexicon, from)) ? { first: from, last } : null;
  }
  return null;
}

/**
 * "سخنگوی وزارت امور مهاجرین و عودت‌کنندگان گفته است …": a sentence opening with a word of a source's kind, its
 * name running up to the cue (day and noise words aside), a conjunction inside it joining two of its words.
 */
function openingOfSourceKind(words: SentenceWords, lexicon: ClaimLexicon, cue: number, from: number, days: ReadonlySet<number>): { first: number; last: number } | null {
  const { tokens, folded } = words;
  if (lexicon.namesCapitalised || lexicon.claimantKinds.matchAt(tokens, from, folded)?.first !== from) return null;
  let last = -1;
  for (let i = from; i < cue && i <= from + MAX_NAME_WORDS + 2; i++) {
    if (i > from && clauseMarksBetween(words, i - 1, i) > 0) break;
    if (isNameWord(words, lexicon, i)) last = i;
    else if (!(lexicon.conjunctions.matchAt(tokens, i, folded) && i + 1 < cue && isNameWord(words, lexicon, i + 1))) break;
  }
  if (last < 0) return null;
  const rest = range(last + 1, cue - 1);
  const passable = (i: number) => days.has(i) || lexicon.sourceNoise.matchAt(tokens, i, folded) !== null || lexicon.sourceStops.matchAt(tokens, i, folded) !== null;
  // "فرمانداری کروتونه در جنوب ایتالیا روز دوشنبه اعلام کرد": a short phrase a stop word opens ("در جنوب ایتالیا") may stand between too.
  const others = rest.filter((i) => !passable(i));
  const phrase = others.length <= MAX_PLACE_WORDS && (others.length === 0 || (passable(rest[0]!) && others.every((i) => !tokens[i]!.digits)));
  return phrase && clauseMarksBetween(words, last, cue) === 0 ? { first: from, last } : null;
}

/** Whether the cue at token `cue` is the sentence's last verb ("… kaybolduğunu bildirdi."). */
function closesSentence(words: SentenceWords, lexicon: ClaimLexicon, cue: number): boolean {
  const match = lexicon.attributionAfter.matchAt(words.tokens, cue, words.folded);
  return match !== null && match.last === words.tokens.length - 1;
}

function writtenName(document: string, words: SentenceWords, named: { first: number; last: number }): string {
  const span = documentSpan(words, named.first, named.last);
  return document.slice(span.start, span.end);
}

/** "Kudra" after "… Sözcüsü Eşref el-Kudra", "Oktay" after "Fuat Oktay": the last words of a name written before. */
function surnameOf(name: string, writtenBefore: readonly WrittenSource[]): PackSource | null {
  const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = wordsOf(name);
  if (words.length === 0 || words.length > 2) return null;
  const earlier = writtenBefore.filter((w) => {
    const before = wordsOf(w.written);
    return before.length > words.length && before.slice(-words.length).join(" ") === words.join(" ");
  });
  return earlier.at(-1)?.source ?? null;
}

function resolveSource(document: string, words: SentenceWords, lexicon: ClaimLexicon, known: ReadonlyArray<PhraseMatch<PackClaimant>>, named: { first: number; last: number }, history: readonly PackSource[], writtenBefore: readonly WrittenSource[]): Pick<SentenceAttribution, "source" | "how"> | null {
  const inside = known.filter((k) => k.first >= named.first && k.last <= named.last).sort((a, b) => b.last - b.first - (a.last - a.first))[0];
  if (inside) return { source: knownSource(inside.value), how: "known" };
  const span: Span = documentSpan(words, named.first, named.last);
  const written = document.slice(span.start, span.end);
  const latin = mayBeKnown(written) ? knownClaimants.resolve(written) : null;
  if (latin) return { source: latin, how: "known" };
  const anaphor = lexicon.sourceAnaphors.matchAt(words.tokens, named.first, words.folded);
  if (anaphor && anaphor.last >= named.last - 1) {
    // "این سازمان", "این نهاد": a demonstrative and a noun refer back to a body, past a person named since
    // ("X، مدیر این سازمان، گفت"), whose name as written carries no kind; a pronoun refers to whoever spoke last.
    const body = anaphor.last > anaphor.first ? history.filter((h) => h.kind !== "other").at(-1) : undefined;
    const last = body ?? history.at(-1);
    if (last) return { source: last, how: "referred back" };
    // "Valiliğin son bilançosuna göre …" with no source before it: a capitalised office names itself.
    if (!lexicon.namesCapitalised || !/^\p{Lu}/u.test(words.original[named.first] ?? "")) return null;
  }
  // "أسبوع", "سال": a word for a time or a place names no source, unless it also names an office ("استانداری", not "استان").
  const kindWord = lexicon.claimantKinds.findAll(words.tokens, words.folded, named.first, named.last)[0] ?? null;
  if (lexicon.notPeople.matchAt(words.tokens, named.first, words.folded) && kindWord?.first !== named.first) return null;
  const name = withoutPrefix(written, lexicon.sourcePrefixes).trim();
  if (name.length < 2) return null;
  const earlier = surnameOf(name, writtenBefore);
  if (earlier) return { source: earlier, how: "referred back" };
  const kind = kindWord?.value ?? "other";
  return { source: { name, kind }, how: "as written" };
}

/** "لوزارة الصحة" as "وزارة الصحة": a letter the cue's preposition left on the name. */
function withoutPrefix(name: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length + 2) return name.slice(prefix.length).replace(/^\u0640+/, "");
  }
  return name;
}
