// Scores extracted claims against hand-annotated expected claims, per the "Scoring"
// section of the claims contract (the same pairing and field rules as the shared scorer).
import { METRICS, type Claim } from "../../src/domain/claim.js";

/** One expected claim as written in test/fixtures/expected/*.json. */
export interface GoldClaim {
  metric: string;
  population: string;
  min: number | null;
  max: number | null;
  qualifier: string;
  claimant: string | null;
  claimantAliases?: string[];
  claimantKind: string | null;
  status: string;
  asOf: string | null;
  mainEvent: boolean;
  quote: string;
}

export interface GoldDocument {
  published: string;
  claims: GoldClaim[];
}

/** A predicted claim: the extractor's output; evidence is optional so ready-made predictions can be scored. */
export type PredictedClaim = Omit<Claim, "evidence"> & { evidence?: Claim["evidence"] };

export const SCORED_FIELDS = ["population", "qualifier", "claimant", "status", "asOf", "mainEvent"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface DocumentScore {
  name: string;
  gold: number;
  predicted: number;
  matched: number;
  missed: string[];
  spurious: string[];
  wrong: string[];
}

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched pairs that agree on each field; null when no pair was scored on it. */
  fieldAccuracy: Record<ScoredField, number | null>;
  perDocument: DocumentScore[];
}

const metricNames: ReadonlySet<string> = new Set(METRICS);

/** Lower-cased words without brackets, punctuation or articles, so "the HRANA (US)" equals "HRANA". */
function normaliseName(name: string | null | undefined): string {
  return String(name ?? "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b(the|a|an)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function boundSet(claim: { min: number | null; max: number | null }): number[] {
  const values = [claim.min, claim.max].filter((v): v is number => v !== null && v !== undefined).map(Number);
  return [...new Set(values)].sort((a, b) => a - b);
}

function sameBounds(gold: GoldClaim, predicted: PredictedClaim): boolean {
  const a = boundSet(gold);
  const b = boundSet(predicted);
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The predicted claimant agrees when it equals, or contains / is contained in, the gold name or an alias. */
export function claimantAgrees(gold: GoldClaim, predicted: PredictedClaim): boolean {
  const predictedName = normaliseName(predicted.claimant);
  if (!predictedName) return false;
  const names = [gold.claimant, ...(gold.claimantAliases ?? [])].map(normaliseName).filter(Boolean);
  return names.some(
    (name) =>
      name === predictedName ||
      (` ${predictedName} `.includes(` ${name} `) && name.length >= 3) ||
      (` ${name} `.includes(` ${predictedName} `) && predictedName.length >= 4),
  );
}

/** Whether one field agrees; null when the field is not scored for this gold claim. */
function fieldAgrees(field: ScoredField, gold: GoldClaim, predicted: PredictedClaim): boolean | null {
  switch (field) {
    case "claimant":
      return gold.claimant === null ? null : claimantAgrees(gold, predicted);
    case "asOf":
      return gold.mainEvent === false ? null : (gold.asOf ?? null) === (predicted.asOf ?? null);
    case "mainEvent":
      return Boolean(gold.mainEvent) === (predicted.mainEvent !== false);
    default:
      return (gold[field] ?? null) === (predicted[field] ?? null);
  }
}

interface Pairing {
  pairs: Array<[GoldClaim, PredictedClaim]>;
  missed: GoldClaim[];
  spurious: PredictedClaim[];
}

/** Pairs claims one to one: same metric and bounds required; same population, claimant, qualifier preferred. */
export function pairClaims(gold: GoldClaim[], predicted: PredictedClaim[]): Pairing {
  const candidates: Array<{ g: number; p: number; preference: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (g.metric !== p.metric || !sameBounds(g, p)) return;
      const preference =
        (g.population === p.population ? 4 : 0) + (claimantAgrees(g, p) ? 2 : 0) + (g.qualifier === p.qualifier ? 1 : 0);
      candidates.push({ g: gi, p: pi, preference });
    }),
  );
  // A stable sort keeps document order among equal preferences, as the shared scorer does.
  candidates.sort((x, y) => y.preference - x.preference);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[GoldClaim, PredictedClaim]> = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push([gold[c.g]!, predicted[c.p]!]);
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: predicted.filter((_, i) => !usedPredicted.has(i)),
  };
}

const describeGold = (c: GoldClaim) => `${c.metric} ${boundSet(c).join("-")} [${c.quote}]`;
const describePredicted = (c: PredictedClaim) => `${c.metric} ${boundSet(c).join("-")} [${c.evidence?.text.slice(0, 80) ?? ""}]`;

export function scoreDocuments(
  documents: Array<{ name: string; gold: GoldClaim[]; predicted: PredictedClaim[] }>,
): Score {
  let goldTotal = 0;
  let predictedTotal = 0;
  let matchedTotal = 0;
  const agreed = Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;
  const scored = Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as Record<ScoredField, number>;
  const perDocument: DocumentScore[] = [];

  for (const doc of documents) {
    const predicted = doc.predicted.filter((c) => metricNames.has(c.metric));
    const { pairs, missed, spurious } = pairClaims(doc.gold, predicted);
    goldTotal += doc.gold.length;
    predictedTotal += predicted.length;
    matchedTotal += pairs.length;
    const wrong: string[] = [];
    for (const [g, p] of pairs) {
      for (const field of SCORED_FIELDS) {
        const verdict = fieldAgrees(field, g, p);
        if (verdict === null) continue;
        scored[field]++;
        if (verdict) agreed[field]++;
        else wrong.push(`${field}: gold ${JSON.stringify(g[field])} got ${JSON.stringify(p[field])} [${g.quote}]`);
      }
    }
    perDocument.push({
      name: doc.name,
      gold: doc.gold.length,
      predicted: predicted.length,
      matched: pairs.length,
      missed: missed.map(describeGold),
      spurious: spurious.map(describePredicted),
      wrong,
    });
  }

  const precision = predictedTotal ? matchedTotal / predictedTotal : 0;
  const recall = goldTotal ? matchedTotal / goldTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fieldAccuracy = Object.fromEntries(
    SCORED_FIELDS.map((f) => [f, scored[f] ? agreed[f] / scored[f] : null]),
  ) as Record<ScoredField, number | null>;
  return { gold: goldTotal, predicted: predictedTotal, matched: matchedTotal, precision, recall, f1, fieldAccuracy, perDocument };
}
