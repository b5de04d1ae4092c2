// What linkage reads of a record, computed once: the name as (given, surname) keys under every way
// of splitting a full name, and the place as keys of its parts (city, county, province).
import type { VictimFields } from "../domain/victim.js";
import { nameWords, partKey, writtenWords } from "./name-key.js";
import { IRAN_PLACES } from "./places-iran.js";

export interface NameSplit {
  given: string;
  surname: string;
  /** The keys as numbers (keyNumber): equal keys, equal numbers. */
  givenId: number;
  surnameId: number;
}

/** Numbers for keys, so comparisons cache by number; restarts (and so does every cache on it) when full. */
const keyNumbers = new Map<string, number>();
export const KEY_NUMBER_LIMIT = 1 << 24;

export function keyNumber(key: string): number {
  let number = keyNumbers.get(key);
  if (number === undefined) {
    if (keyNumbers.size >= KEY_NUMBER_LIMIT - 1) return KEY_NUMBER_LIMIT - 1;
    keyNumbers.set(key, (number = keyNumbers.size));
  }
  return number;
}

function split(given: string, surname: string): NameSplit {
  return { given, surname, givenId: keyNumber(given), surnameId: keyNumber(surname) };
}

export interface VictimKeys {
  /** One split when the list gives given name and surname; every split point of a full name otherwise. */
  names: NameSplit[];
  /** Keys of the place's parts, most specific first ("Zahedan, Sistan and Baluchestan" → two). */
  places: string[];
  sex: string | null;
  age: number | null;
  /** Days since 1970-01-01, for differences in days. */
  day: number | null;
  fate: string | null;
}

function nameSplits(fields: VictimFields): NameSplit[] {
  const given = nameWords(fields.givenName);
  const surname = nameWords(fields.surname);
  if (given.length > 0 || surname.length > 0) return [split(partKey(given), partKey(surname))];
  const words = writtenWords(fields.fullName);
  if (words.length <= 1) return [split(partKey(words.flat()), "")];
  const splits: NameSplit[] = [];
  for (let at = 1; at < words.length; at++) splits.push(split(partKey(words.slice(0, at).flat()), partKey(words.slice(at).flat())));
  return splits;
}

/** Words that say what kind of place a name is, and "and" inside a province's name. */
const PLACE_WORDS = /\b(?:province|county|city|ostan|and|va)\b|(?:^|\s)(?:استان|شهرستان|شهر|و)(?=\s|$)/gi;

function placePartKey(part: string): string {
  return partKey(nameWords(part.replace(PLACE_WORDS, " ")));
}

/** Place key → the key of its province, for every city and province of the gazetteer in both scripts. */
const PROVINCE_OF = new Map<string, string>(
  IRAN_PLACES.flatMap(([city, cityFa, province, provinceFa]) => {
    const provinceKey = `province:${placePartKey(province)}`;
    return [city, cityFa, province, provinceFa].map((name) => [placePartKey(name), provinceKey] as [string, string]);
  }),
);

/** The place's parts, most specific first, then the provinces the gazetteer puts them in. */
export function placeKeys(place: string | null): string[] {
  if (!place) return [];
  const parts = place
    .split(/[,،/|;()]+/)
    .map(placePartKey)
    .filter((key) => key.length > 0);
  const provinces = parts.map((key) => PROVINCE_OF.get(key)).filter((key): key is string => key !== undefined);
  return [...new Set([...parts, ...provinces])];
}

export function victimKeys(fields: VictimFields): VictimKeys {
  return {
    names: nameSplits(fields),
    places: placeKeys(fields.place),
    sex: fields.sex,
    age: fields.age,
    day: fields.date ? Math.round(Date.parse(`${fields.date}T00:00:00Z`) / 86_400_000) : null,
    fate: fields.fate,
  };
}
