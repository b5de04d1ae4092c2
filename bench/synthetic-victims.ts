// Synthetic victim lists with a known truth: a population of people, and lists that each name a
// share of them in their own way: Latin transliterations that vary as real lists do (vowels, doubled
// letters, gh/q, v/w, -eh/-e/-a, -ei/-i, compounds joined or spaced, titles, swapped or missing
// surnames, typos) or Persian script (Solar Hijri dates, Persian digits); ages off by a year, dates by
// a day, places as city or province, and a few people listed twice on one list.
import { seededRandom } from "../src/domain/seeded-random.js";
import { IRAN_PLACES } from "../src/victims/places-iran.js";
import { FEMALE_NAMES, MALE_COMPOUND_ENDS, MALE_COMPOUND_STARTS, MALE_NAMES, SURNAMES, SURNAME_SUFFIXES, type NamePair } from "./victim-names.js";

export interface SyntheticListSpec {
  name: string;
  script: "latin" | "persian";
  /** Whether the list splits given name and surname, or writes one full name. */
  split: boolean;
}

export interface SyntheticList {
  name: string;
  /** Rows as a list file holds them (header → text). */
  rows: Record<string, string>[];
}

export interface SyntheticLists {
  lists: SyntheticList[];
  /** "list/record id" → the person's index in the population. */
  truth: Map<string, number>;
}

export const FOUR_LISTS: SyntheticListSpec[] = [
  { name: "rights-group-a", script: "latin", split: true },
  { name: "rights-group-b", script: "persian", split: true },
  { name: "news-tally", script: "latin", split: false },
  { name: "local-network", script: "persian", split: false },
];

const FATES = ["killed", "killed", "killed", "killed", "killed", "killed", "executed", "detained", "sentenced to death", "missing"];
const FATES_FA: Record<string, string> = { killed: "کشته", executed: "اعدام", detained: "بازداشت", "sentenced to death": "محکوم به اعدام", missing: "مفقود" };
const FIRST_DAY = Date.UTC(2025, 11, 28);
const DAYS = 50;

interface Person {
  sex: "male" | "female";
  given: NamePair[];
  surname: NamePair[];
  /** "Seyed": some lists write the title, others not. */
  titled: boolean;
  age: number;
  day: number;
  place: number;
  fate: string;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

function makePerson(random: Random): Person {
  const sex = chance(random, 0.8) ? "male" : "female";
  const given = sex === "male" && chance(random, 0.15) ? [pick(random, MALE_COMPOUND_STARTS), pick(random, MALE_COMPOUND_ENDS)] : [pick(random, sex === "male" ? MALE_NAMES : FEMALE_NAMES)];
  const surname = chance(random, 0.2) ? [pick(random, MALE_NAMES), pick(random, SURNAME_SUFFIXES)] : [pick(random, SURNAMES)];
  const age = Math.min(80, 14 + Math.floor(random() * 20 + random() * 20 + random() * 10));
  return { sex, given, surname, titled: chance(random, 0.08), age, day: Math.floor(random() * DAYS), place: Math.floor(random() * IRAN_PLACES.length), fate: pick(random, FATES) };
}

/** Spelling changes lists make to a transliterated word; each applies with its own chance. */
const LATIN_VARIANTS: Array<[number, (word: string, random: Random) => string]> = [
  [0.3, (w) => w.replace(/o(?!u)/, "u")],
  [0.2, (w) => w.replace(/ou/, (_) => "u").replace(/oo/, "u")],
  [0.2, (w) => w.replace(/^E/, "I")],
  [0.15, (w) => w.replace(/^([^aeiou]*)a/i, "$1e")],
  [0.25, (w) => w.replace(/([bcdfghjklmnpqrstvwxz])\1/, "$1")],
  [0.15, (w) => w.replace(/([aeiou])([mnrsl])([aeiou])/, "$1$2$2$3")],
  [0.25, (w) => w.replace(/ee/, "i").replace(/ei(?!$)/, "ey")],
  [0.3, (w) => w.replace(/v/, "w")],
  [0.3, (w, r) => w.replace(/gh/, r() < 0.5 ? "q" : "g")],
  [0.5, (w, r) => w.replace(/eh$/, pick(r, ["e", "ah", "a", "eh"]))],
  [0.5, (w, r) => w.replace(/ei$/, pick(r, ["i", "ee", "yi", "ie", "ei"]))],
  [0.2, (w) => w.replace(/i$/, "y")],
];

function typo(word: string, random: Random): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letters = [...word];
  const kind = random();
  if (kind < 0.4) letters.splice(at, 1);
  else if (kind < 0.7) [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  else letters[at] = pick(random, word === word.replace(/[^\u0600-\u06ff]/g, "") ? [..."بتسدرکملن"] : [..."bdgklmnrst"]);
  return letters.join("");
}

function latinWord(word: string, random: Random): string {
  let out = word;
  for (const [p, change] of LATIN_VARIANTS) if (chance(random, p)) out = change(out, random);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A compound in Latin: joined ("Mohammadreza"), spaced or hyphenated. */
function latinParts(parts: NamePair[], random: Random): string {
  const words = parts.map(([, latin]) => latinWord(latin, random));
  if (words.length === 1) return words[0]!;
  const joiner = pick(random, ["", " ", "-"]);
  return words.map((word, i) => (i > 0 && joiner === "" ? word.toLowerCase() : i > 0 && parts[i]![1] === parts[i]![1].toLowerCase() && joiner !== " " ? word.toLowerCase() : word)).join(joiner);
}

function persianParts(parts: NamePair[], random: Random, arabicKeyboard: boolean): string {
  const joined = parts.map(([persian]) => persian).join(pick(random, ["", " ", "\u200c"]));
  return arabicKeyboard ? joined.replace(/ی/g, "ي").replace(/ک/g, "ك") : joined;
}

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const persianDigits = (text: string) => text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!);
const SOLAR_HIJRI = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });

function solarHijri(time: number): string {
  const parts = SOLAR_HIJRI.formatToParts(new Date(time));
  const part = (type: string) => parts.find((p) => p.type === type)!.value.replace(/\D/g, "");
  return `${part("year")}/${part("month").padStart(2, "0")}/${part("day").padStart(2, "0")}`;
}

function listRow(person: Person, spec: SyntheticListSpec, recordId: string, random: Random): Record<string, string> {
  const persian = spec.script === "persian";
  const arabicKeyboard = persian && chance(random, 0.2);
  const write = (parts: NamePair[]) => {
    const text = persian ? persianParts(parts, random, arabicKeyboard) : latinParts(parts, random);
    return chance(random, 0.04) ? text.split(" ").map((word, i) => (i === 0 ? typo(word, random) : word)).join(" ") : text;
  };
  let given = write(person.given);
  let surname = chance(random, 0.05) ? "" : write(person.surname);
  if (person.titled && chance(random, 0.5)) given = `${persian ? "سید" : pick(random, ["Seyed", "Sayyid", "Seyyed"])} ${given}`;
  if (surname && chance(random, 0.03)) [given, surname] = [surname, given];
  const [city, cityFa, province, provinceFa] = IRAN_PLACES[person.place]!;
  const placeKind = random();
  const place = placeKind < 0.6 ? (persian ? cityFa : city) : placeKind < 0.75 ? (persian ? provinceFa : province) : placeKind < 0.9 ? (persian ? `${cityFa}، ${provinceFa}` : `${city}, ${province}`) : "";
  const ageShift = random();
  const age = ageShift < 0.07 ? "" : String(person.age + (ageShift < 0.8 ? 0 : ageShift < 0.95 ? pick(random, [-1, 1]) : pick(random, [-3, -2, 2, 3])));
  const dayShift = random();
  const time = FIRST_DAY + (person.day + (dayShift < 0.8 ? 0 : pick(random, [-1, 1]))) * 86_400_000;
  const date = dayShift > 0.93 ? "" : persian ? persianDigits(solarHijri(time)) : chance(random, 0.5) ? new Date(time).toISOString().slice(0, 10) : new Date(time).toISOString().slice(0, 10).split("-").reverse().join("/");
  const fate = chance(random, 0.08) ? pick(random, FATES) : person.fate;
  const sex = chance(random, 0.05) ? "" : persian ? (person.sex === "male" ? "مرد" : "زن") : person.sex;
  const name: Record<string, string> = spec.split ? { given_name: given, surname } : { full_name: [given, surname].filter(Boolean).join(" ") };
  return {
    record_id: recordId,
    ...name,
    sex,
    age: persian ? persianDigits(age) : age,
    place,
    date_of_death: date,
    fate: persian ? FATES_FA[fate]! : fate,
    contact: `witness ${recordId}`,
  };
}

/** `people` persons; each list names each with chance `coverage`, and lists a few of them twice. */
export function syntheticLists(people: number, specs: SyntheticListSpec[] = FOUR_LISTS, coverage = 0.6, seed = 1): SyntheticLists {
  const random = seededRandom(seed);
  const population = Array.from({ length: people }, () => makePerson(random));
  const truth = new Map<string, number>();
  const lists = specs.map((spec) => {
    const rows: Record<string, string>[] = [];
    let next = 1;
    population.forEach((person, index) => {
      if (!chance(random, coverage)) return;
      const copies = chance(random, 0.03) ? 2 : 1;
      for (let copy = 0; copy < copies; copy++) {
        const recordId = String(next++ * 7 + 1000);
        rows.push(listRow(person, spec, recordId, random));
        truth.set(`${spec.name}/${recordId}`, index);
      }
    });
    // Lists are not in the population's order.
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    return { name: spec.name, rows };
  });
  return { lists, truth };
}

/** A list's rows as CSV text. */
export function listCsv(list: SyntheticList): string {
  const headers = Object.keys(list.rows[0] ?? {});
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [headers.join(","), ...list.rows.map((row) => headers.map((header) => cell(row[header] ?? "")).join(","))].join("\n") + "\n";
}

/** Pairwise precision, recall and F1 of persons (record key → person id) against the truth. */
export function pairwiseScore(persons: Map<string, string>, truth: Map<string, number>): { precision: number; recall: number; f1: number } {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const count = <K>(keys: K[]) => {
    const counts = new Map<K, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const keys = [...truth.keys()].filter((key) => persons.has(key));
  const predicted = [...count(keys.map((key) => persons.get(key)!)).values()].reduce((sum, n) => sum + pairs(n), 0);
  const actual = [...count(keys.map((key) => truth.get(key)!)).values()].reduce((sum, n) => sum + pairs(n), 0);
  const both = [...count(keys.map((key) => `${persons.get(key)}|${truth.get(key)}`)).values()].reduce((sum, n) => sum + pairs(n), 0);
  const precision = predicted === 0 ? 1 : both / predicted;
  const recall = actual === 0 ? 1 : both / actual;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
