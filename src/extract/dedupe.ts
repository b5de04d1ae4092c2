// Merges repeats of one claim within a document: a headline repeating the body's figure, or
// the body repeating itself. A rounded figure beside an exact one stays a claim of its own.
import type { Claim } from "../domain/claim.js";

export interface WithTitle extends Claim {
  inTitle: boolean;
}

interface Kept {
  claim: WithTitle;
}

/**
 * Each claim is compared only with the kept claims of its key (metric and bounds), oldest first,
 * which finds the same twin as a scan of every kept claim would, in near-linear time: a long
 * report or live blog restates hundreds of figures, and most of them share a key with none.
 */
export function mergeDuplicateClaims(claims: WithTitle[]): Claim[] {
  const kept: Kept[] = [];
  const keptByKey = new Map<string, Kept[]>();
  for (const claim of claims) {
    const key = keyOf(claim);
    const sameKey = keptByKey.get(key);
    // "Of the 93 dead, …" restates a count given before: the first kept claim of its key is its twin
    const opener = restatesInOpener(claim);
    const twin = sameKey?.find((k) => opener || isSameClaim(k.claim, claim));
    if (!twin) {
      const entry = { claim };
      kept.push(entry);
      if (sameKey) sameKey.push(entry);
      else keptByKey.set(key, [entry]);
      continue;
    }
    if (twin.claim.inTitle && !claim.inTitle) {
      const headline = twin.claim;
      twin.claim = { ...claim, claimant: claim.claimant ?? headline.claimant, claimantKind: claim.claimant ? claim.claimantKind : headline.claimantKind };
    } else fillFrom(twin.claim, claim);
  }
  return kept.map(({ claim: { inTitle: _inTitle, ...claim } }) => claim);
}

/** A later mention may say more: who gave the figure, how it was checked. */
function fillFrom(kept: WithTitle, repeat: WithTitle): void {
  if (!kept.claimant && repeat.claimant) {
    kept.claimant = repeat.claimant;
    kept.claimantKind = repeat.claimantKind;
  }
  if (kept.status === "reported" && repeat.status !== "reported" && kept.claimant === repeat.claimant) kept.status = repeat.status;
}

/** A headline's figure is the body's whatever words it uses for the people; in the body a repeat must match. */
function isSameClaim(a: WithTitle, b: WithTitle): boolean {
  const headline = a.inTitle || b.inTitle;
  if (!headline && a.population !== b.population) return false;
  // the same number about another crisis or year is another claim
  if (!headline && a.mainEvent !== b.mainEvent) return false;
  return headline || !a.claimant || !b.claimant || a.claimant === b.claimant || namesSameSource(a.claimant, b.claimant);
}

/** "Government" and "Government of Kenya": one source named shorter and in full. */
function namesSameSource(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} `);
}

/** "Of the 93 dead, 12 were children": the opener's figure is the count given before, whoever said it. */
function restatesInOpener(c: Claim): boolean {
  const m = /^(?:of|among) the ([\d,]+) /i.exec(c.evidence.text);
  return m !== null && Number(m[1]!.replace(/,/g, "")) === c.min && c.min === c.max;
}

/** Metric and the set of stated bounds: repeats share it. */
function keyOf(c: Claim): string {
  const lo = c.min ?? c.max;
  const hi = c.max ?? c.min;
  return lo === hi ? `${c.metric}:${lo}` : `${c.metric}:${lo}-${hi}`;
}
