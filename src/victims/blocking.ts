// Which pairs of records are worth comparing: those sharing a blocking key. Keys pair a name with a
// name (in either order), or a name part with the day or age, so a typo in one part or a missing
// surname still meets its match; a key shared by too many records (a very common name) is dropped,
// which keeps the pairs near-linear in the number of records.
import type { VictimKeys } from "./victim-keys.js";

/**
 * A key held by more records than this makes no pairs: the other keys find those matches. Keys for
 * typos ("t", "e", "f": a part and two sounds of the other) are looser, so their blocks must stay smaller.
 */
export const MAX_BLOCK = 300;
const MAX_TYPO_BLOCK = 40;
const TYPO_KEY = /^[tef]:/;
/**
 * A part and the day ("p") meet many people on a busy day: 100,000 records compare 3.0 million pairs
 * with this limit, 3.9 million with the typo keys' 40, for 0.001 of pairwise F1 more.
 */
const MAX_DAY_BLOCK = 20;

/** A name part without its last vowel: "Mostafa" and "مصطفی" differ only there. */
const bare = (part: string) => part.replace(/[AIU]$/, "");

/** Keys that only pair a record having one name part (no surname) with another record. */
const LONE_PART = "~";

/** Whether a record's name is one part only (a given name, or a surname, alone). */
function hasLonePart(keys: VictimKeys): boolean {
  return keys.names.some(({ given, surname }) => !given || !surname);
}

const SAME = [0];
const NEIGHBOURS = [-1, 0, 1];

export function blockingKeys(keys: VictimKeys): string[] {
  const found = new Set<string>();
  const lone = hasLonePart(keys);
  for (const { given, surname } of keys.names) {
    const parts = [given, surname].map(bare).filter((part) => part.length > 0);
    if (parts.length === 2) {
      const [a, b] = parts as [string, string];
      found.add(`n:${[a, b].sort().join("|")}`);
      // A typo in one part: the other whole, with the first or last two sounds of this one (either order).
      found.add(`t:${a}|${b.slice(0, 2)}`);
      found.add(`t:${b}|${a.slice(0, 2)}`);
      found.add(`e:${a}|${b.slice(-2)}`);
      found.add(`e:${b}|${a.slice(-2)}`);
      // Two sounds swapped anywhere: the other part whole, with this one's sounds in sorted order.
      found.add(`s:${a}|${[...b].sort().join("")}`);
      found.add(`s:${b}|${[...a].sort().join("")}`);
      // A sound dropped, added or changed inside a part: its first and last sounds stay.
      if (b.length >= 2) found.add(`f:${a}|${b[0]}${b[b.length - 1]}`);
      if (a.length >= 2) found.add(`f:${b}|${a[0]}${a[a.length - 1]}`);
      // A typo anywhere in one part, even one the sounds above miss: the other part whole and the day.
      if (keys.day !== null) {
        found.add(`p:${a}|${keys.day}`);
        found.add(`p:${b}|${keys.day}`);
      }
    }
    // A record without a surname meets the others through a part and the day or the age; lists
    // differ by a day or a year, so the lone record also takes the neighbouring days and ages.
    const near = lone ? NEIGHBOURS : SAME;
    for (const part of parts) {
      if (keys.day !== null) for (const shift of near) found.add(`${LONE_PART}d:${part}|${keys.day + shift}`);
      if (keys.age !== null) for (const shift of near) found.add(`${LONE_PART}a:${part}|${keys.age + shift}`);
    }
  }
  return [...found];
}

function blockLimit(key: string): number {
  if (key.startsWith("p:")) return MAX_DAY_BLOCK;
  return TYPO_KEY.test(key) ? MAX_TYPO_BLOCK : MAX_BLOCK;
}

/** Candidate pairs, each as i * count + j with i < j, ascending. */
export function candidatePairs(records: VictimKeys[]): Float64Array {
  const blocks = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of blockingKeys(record)) {
      let members = blocks.get(key);
      if (!members) blocks.set(key, (members = []));
      members.push(index);
    }
  });
  const lone = records.map(hasLonePart);
  const seen = new Set<number>();
  const n = records.length;
  for (const [key, members] of blocks) {
    if (members.length < 2 || members.length > blockLimit(key)) continue;
    const loneOnly = key.startsWith(LONE_PART);
    for (let x = 0; x < members.length; x++) {
      const i = members[x]!;
      for (let y = x + 1; y < members.length; y++) {
        const j = members[y]!;
        if (loneOnly && !lone[i] && !lone[j]) continue;
        seen.add(i * n + j);
      }
    }
  }
  return Float64Array.from(seen).sort();
}
