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
    const twin = sameKey?.find((k) => isSameClaim(k.claim, claim));
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
  return kept.map(({ claim }) => withoutTitleFlag(claim));
}

/**
 * The claim as the contract has it. The flag is the last property every claim is built with, so
 * deleting it keeps the object's shape fast, where copying the rest with a spread cost about ten
 * times more and left objects that serialise more slowly. (The pipeline holds no claim after this.)
 */
function withoutTitleFlag(claim: WithTitle): Claim {
  delete (claim as Partial<WithTitle>).inTitle;
  return claim;
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
  return headline || !a.claimant || !b.claimant || a.claimant === b.claimant;
}

/** Metric and the set of stated bounds: repeats share it. */
function keyOf(c: Claim): string {
  const lo = c.min ?? c.max;
  const hi = c.max ?? c.min;
  return lo === hi ? `${c.metric}:${lo}` : `${c.metric}:${lo}-${hi}`;
}
