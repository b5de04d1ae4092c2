// Linking records into persons: keys per record, candidate pairs by blocking, comparison vectors,
// Fellegi–Sunter weights learnt by EM, then clustering. Pairs the model is sure of are linked; pairs
// between the thresholds go to review; reviewers' decisions override the model in every run.
// Deterministic: records are taken in key order, and the random pairs come from a fixed seed.
import type { VictimFields } from "../domain/victim.js";
import { candidatePairs } from "./blocking.js";
import { clusterRecords, type Link } from "./cluster.js";
import { compareCode, vectorOfCode } from "./compare.js";
import { seededRandom } from "../domain/seeded-random.js";
import { matchProbability, matchWeight, trainModel, type Model, type VectorCounts } from "./fellegi-sunter.js";
import { victimKeys, type VictimKeys } from "./victim-keys.js";

export interface LinkInput {
  /** "list/record id" */
  key: string;
  /** The list the record belongs to: two records of one list join one person only when linked directly. */
  list: string;
  fields: VictimFields;
}

export interface Decision {
  recordA: string;
  recordB: string;
  decision: "match" | "not_match";
}

export interface ReviewCandidate {
  recordA: string;
  recordB: string;
  probability: number;
  weight: number;
}

export interface LinkResult {
  /** record key → person id */
  persons: Map<string, string>;
  reviewPairs: ReviewCandidate[];
  model: Model;
  comparedPairs: number;
  personCount: number;
}

export interface LinkOptions {
  /** Posterior probability from which a pair is linked, and from which an unlinked pair is worth a review. */
  matchProbability?: number;
  reviewProbability?: number;
}

/** Linked from an even chance: clustering refuses chains that would put one list's records together. */
export const MATCH_PROBABILITY = 0.5;
export const REVIEW_PROBABILITY = 0.1;
const RANDOM_PAIRS = 30_000;
const SAME_DAY_PAIRS = 60_000;
const SEED = 0x7a11e;

/** A stable id for a person from its first record's key (64 bits of two FNV-1a hashes). */
export function personIdOf(firstKey: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < firstKey.length; i++) {
    const code = firstKey.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ code, 0x5bd1e995) >>> 0;
  }
  return `p-${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}

function countVector(counts: VectorCounts, code: number): void {
  counts.set(code, (counts.get(code) ?? 0) + 1);
}

function randomVectors(keys: VictimKeys[], random: () => number): VectorCounts {
  const vectors: VectorCounts = new Map();
  if (keys.length < 2) return vectors;
  for (let drawn = 0; drawn < RANDOM_PAIRS; drawn++) {
    const i = Math.floor(random() * keys.length);
    const j = Math.floor(random() * keys.length);
    if (i !== j) countVector(vectors, compareCode(keys[i]!, keys[j]!));
  }
  return vectors;
}

/**
 * Pairs of records sharing a value of one field (the day, or the age), drawn at random within each
 * value: they teach m of the names. Null when fewer than `minimum` records have the field.
 */
function sharedValueVectors(keys: VictimKeys[], value: (key: VictimKeys) => number | null, random: () => number, minimum: number): VectorCounts | null {
  const byDay = new Map<number, number[]>();
  keys.forEach((key, index) => {
    const shared = value(key);
    if (shared === null) return;
    const members = byDay.get(shared);
    if (members) members.push(index);
    else byDay.set(shared, [index]);
  });
  if ([...byDay.values()].reduce((sum, members) => sum + members.length, 0) < minimum) return null;
  const dated = [...byDay.values()].reduce((sum, members) => sum + members.length, 0);
  const vectors: VectorCounts = new Map();
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const members = byDay.get(day)!;
    const draws = Math.ceil((SAME_DAY_PAIRS * members.length) / Math.max(1, dated));
    for (let drawn = 0; drawn < draws && members.length > 1; drawn++) {
      const i = members[Math.floor(random() * members.length)]!;
      const j = members[Math.floor(random() * members.length)]!;
      if (i !== j) countVector(vectors, compareCode(keys[i]!, keys[j]!));
    }
  }
  return vectors;
}

const DAY_FIELD = 4;
const AGE_FIELD = 3;

/** Same-day pairs when at least half the records are dated, else same-age pairs. */
function namePairs(keys: VictimKeys[], random: () => number): { sameField: VectorCounts; sharedField: number } {
  const sameDay = sharedValueVectors(keys, (key) => key.day, random, keys.length / 2);
  if (sameDay) return { sameField: sameDay, sharedField: DAY_FIELD };
  return { sameField: sharedValueVectors(keys, (key) => key.age, random, 0) ?? new Map(), sharedField: AGE_FIELD };
}

export function linkRecords(input: LinkInput[], decisions: Decision[], options: LinkOptions = {}): LinkResult {
  const linkAt = options.matchProbability ?? MATCH_PROBABILITY;
  const reviewAt = options.reviewProbability ?? REVIEW_PROBABILITY;
  const records = [...input].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const index = new Map(records.map((record, i) => [record.key, i]));
  const keys = records.map((record) => victimKeys(record.fields));
  const pairs = candidatePairs(keys);
  const n = records.length;
  const codes = new Int32Array(pairs.length);
  const candidates: VectorCounts = new Map();
  pairs.forEach((pair, p) => {
    const code = compareCode(keys[Math.floor(pair / n)]!, keys[pair % n]!);
    codes[p] = code;
    countVector(candidates, code);
  });
  const sameName: VectorCounts = new Map();
  for (const [code, count] of candidates) {
    const vector = vectorOfCode(code);
    if (vector[0] === 3 && vector[1] === 3) sameName.set(code, count);
  }
  const random = seededRandom(SEED ^ keys.length);
  const model = trainModel({
    random: randomVectors(keys, random),
    ...namePairs(keys, random),
    sameName,
    candidates,
    allPairs: (n * (n - 1)) / 2,
  });

  const { decided, mustLink, cannotLink } = decisionConstraints(decisions, index);
  const links: Link[] = [];
  const uncertain: Array<{ a: number; b: number; probability: number; weight: number }> = [];
  const weightOfCode = new Map<number, number>();
  pairs.forEach((pair, p) => {
    const a = Math.floor(pair / n);
    const b = pair % n;
    if (decided.has(`${a},${b}`)) return;
    const code = codes[p]!;
    let weight = weightOfCode.get(code);
    if (weight === undefined) weightOfCode.set(code, (weight = matchWeight(model, vectorOfCode(code))));
    const probability = matchProbability(model.lambda, weight);
    if (probability >= linkAt) links.push({ a, b, weight });
    else if (probability >= reviewAt) uncertain.push({ a, b, probability, weight });
  });

  const lists = new Map<string, number>();
  const listOf = records.map((record) => {
    if (!lists.has(record.list)) lists.set(record.list, lists.size);
    return lists.get(record.list)!;
  });
  const roots = clusterRecords(records.length, links, mustLink, cannotLink, listOf);
  const { persons, personCount } = personIds(records, roots);
  const reviewPairs = uncertain
    .filter(({ a, b }) => roots[a] !== roots[b])
    .map(({ a, b, probability, weight }) => ({ recordA: records[a]!.key, recordB: records[b]!.key, probability, weight }));
  return { persons, reviewPairs, model, comparedPairs: pairs.length, personCount };
}

/** Reviewers' decisions as constraints on records by index; decisions on records no longer listed are set aside. */
function decisionConstraints(decisions: Decision[], index: Map<string, number>) {
  const decided = new Map<string, Decision["decision"]>();
  const mustLink: Array<[number, number]> = [];
  const cannotLink: Array<[number, number]> = [];
  for (const decision of decisions) {
    const a = index.get(decision.recordA);
    const b = index.get(decision.recordB);
    if (a === undefined || b === undefined) continue;
    decided.set(`${Math.min(a, b)},${Math.max(a, b)}`, decision.decision);
    (decision.decision === "match" ? mustLink : cannotLink).push([a, b]);
  }
  return { decided, mustLink, cannotLink };
}

/** Each cluster's id from its smallest record key (records come in key order, so the first seen). */
function personIds(records: LinkInput[], roots: number[]): { persons: Map<string, string>; personCount: number } {
  const personOfRoot = new Map<number, string>();
  const persons = new Map<string, string>();
  records.forEach((record, i) => {
    const root = roots[i]!;
    let person = personOfRoot.get(root);
    if (!person) personOfRoot.set(root, (person = personIdOf(record.key)));
    persons.set(record.key, person);
  });
  return { persons, personCount: personOfRoot.size };
}
