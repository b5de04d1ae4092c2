// Which pairs of records are worth comparing: those sharing a blocking key. Keys pair a name with a
// name (in either order), or a name part with the day or age, so a typo in one part or a missing
// surname still meets its match; a key shared by too many records (a very common name) is dropped,
// which keeps the pairs near-linear in the number of records.
import type { VictimKeys } from "./victim-keys.js";

/** A key held by more records than this makes no pairs: the other keys find those matches. */
export const MAX_BLOCK = 400;

/** A name part without its last vowel: "Mostafa" and "مصطفی" differ only there. */
const bare = (part: string) => part.replace(/[AIU]$/, "");

export function blockingKeys(keys: VictimKeys): string[] {
  const found = new Set<string>();
  for (const { given, surname } of keys.names) {
    const parts = [given, surname].map(bare).filter((part) => part.length > 0);
    if (parts.length === 2) {
      const [a, b] = parts as [string, string];
      found.add(`n:${[a, b].sort().join("|")}`);
      // A typo in one part: the other whole, with the first two sounds of this one (in either order).
      found.add(`t:${a}|${b.slice(0, 2)}`);
      found.add(`t:${b}|${a.slice(0, 2)}`);
    }
    for (const part of parts) {
      if (keys.day !== null) found.add(`d:${part}|${keys.day}`);
      if (keys.age !== null) found.add(`a:${part}|${keys.age}`);
    }
  }
  return [...found];
}

/** Candidate pairs as [i, j] with i < j, in a fixed order. */
export function candidatePairs(records: VictimKeys[]): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  records.forEach((record, index) => {
    for (const key of blockingKeys(record)) {
      let members = blocks.get(key);
      if (!members) blocks.set(key, (members = []));
      members.push(index);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = records.length;
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
