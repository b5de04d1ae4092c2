// Two records compared field by field into agreement levels (higher agrees more; -1 when either
// lacks the field): the comparison vector Fellegi–Sunter weighs. Names are compared under the
// split and the order (given/surname, or swapped) that agree best.
import { editDistance, jaroWinkler } from "./string-distance.js";
import { KEY_NUMBER_LIMIT, keyNumber, type NameSplit, type VictimKeys } from "./victim-keys.js";

export const FIELDS = ["given", "surname", "sex", "age", "date", "place", "fate"] as const;
/** Levels per field: 0 … LEVELS[f] - 1. */
export const LEVELS = [4, 4, 2, 4, 4, 3, 2] as const;
export const MISSING = -1;

/** Levels already worked out, by the two keys' numbers: lists repeat a few thousand names, so most pairs recur. */
const levelCache = new Map<number, number>();
const LEVEL_CACHE_LIMIT = 2_000_000;

/** Same key: 3; same consonants but another last vowel, or one edit apart: 2; alike: 1; else 0. */
export function nameLevel(a: string, b: string, x = keyNumber(a), y = keyNumber(b)): number {
  if (!a || !b) return MISSING;
  if (a === b) return 3;
  const key = x < y ? x * KEY_NUMBER_LIMIT + y : y * KEY_NUMBER_LIMIT + x;
  let level = levelCache.get(key);
  if (level === undefined) {
    if (levelCache.size >= LEVEL_CACHE_LIMIT) levelCache.clear();
    // Numbers restart when the table of keys is full: the cache must not outlive them.
    if (x >= KEY_NUMBER_LIMIT - 1 || y >= KEY_NUMBER_LIMIT - 1) return uncachedNameLevel(a, b);
    levelCache.set(key, (level = uncachedNameLevel(a, b)));
  }
  return level;
}

function uncachedNameLevel(a: string, b: string): number {
  const bareA = a.replace(/[AIU]$/, "");
  const bareB = b.replace(/[AIU]$/, "");
  if (bareA === bareB && bareA.length >= 2) return 2;
  if (Math.min(a.length, b.length) >= 3 && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) <= 1) return 2;
  return jaroWinkler(a, b) >= 0.85 ? 1 : 0;
}

const sum = (levels: number[]) => levels.reduce((total, level) => total + (level === MISSING ? 1 : level), 0);

function bestNames(a: NameSplit[], b: NameSplit[]): [number, number] {
  let best: [number, number] = [MISSING, MISSING];
  let bestScore = -Infinity;
  for (const x of a) {
    for (const y of b) {
      const straight: [number, number] = [nameLevel(x.given, y.given, x.givenId, y.givenId), nameLevel(x.surname, y.surname, x.surnameId, y.surnameId)];
      const score = sum(straight);
      if (score > bestScore) [best, bestScore] = [straight, score];
      if (score >= 6) return best;
      const swapped: [number, number] = [nameLevel(x.given, y.surname, x.givenId, y.surnameId), nameLevel(x.surname, y.given, x.surnameId, y.givenId)];
      // A swap must explain both names (or the only one a record has); otherwise it is a coincidence.
      const swapScore = swapped[0] >= 2 && swapped[1] !== 0 ? sum(swapped) : -Infinity;
      if (swapScore > bestScore) [best, bestScore] = [swapped, swapScore];
    }
  }
  return best;
}

function ageLevel(a: number | null, b: number | null): number {
  if (a === null || b === null) return MISSING;
  const gap = Math.abs(a - b);
  return gap === 0 ? 3 : gap <= 1 ? 2 : gap <= 3 ? 1 : 0;
}

function dayLevel(a: number | null, b: number | null): number {
  if (a === null || b === null) return MISSING;
  const gap = Math.abs(a - b);
  return gap === 0 ? 3 : gap <= 1 ? 2 : gap <= 7 ? 1 : 0;
}

function placeLevel(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return MISSING;
  if (a[0] === b[0]) return 2;
  return a.some((key) => b.includes(key)) ? 1 : 0;
}

const same = (a: string | null, b: string | null) => (a === null || b === null ? MISSING : a === b ? 1 : 0);

export function compareRecords(a: VictimKeys, b: VictimKeys): number[] {
  return vectorOfCode(compareCode(a, b));
}

/** compareRecords as vectorCode writes it, without building the vector: linkage makes millions. */
export function compareCode(a: VictimKeys, b: VictimKeys): number {
  const [given, surname] = bestNames(a.names, b.names);
  let code = given + 1;
  code = code * 5 + surname + 1;
  code = code * 5 + same(a.sex, b.sex) + 1;
  code = code * 5 + ageLevel(a.age, b.age) + 1;
  code = code * 5 + dayLevel(a.day, b.day) + 1;
  code = code * 5 + placeLevel(a.places, b.places) + 1;
  return code * 5 + same(a.fate, b.fate) + 1;
}

/** A comparison vector as one number (each level + 1 as a base-5 digit): pairs share few distinct vectors. */
export function vectorCode(vector: number[]): number {
  let code = 0;
  for (const level of vector) code = code * 5 + level + 1;
  return code;
}

export function vectorOfCode(code: number): number[] {
  const vector = new Array<number>(FIELDS.length);
  for (let field = FIELDS.length - 1; field >= 0; field--) {
    vector[field] = (code % 5) - 1;
    code = Math.floor(code / 5);
  }
  return vector;
}
