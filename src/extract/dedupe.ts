// Merges repeats of one claim within a document: a headline repeating the body's figure, or
// the body repeating itself. A rounded figure beside an exact one stays a claim of its own.
import type { Claim } from "./types.js";

interface WithTitle extends Claim {
  inTitle: boolean;
}

export function mergeDuplicateClaims(claims: WithTitle[]): Claim[] {
  const kept: WithTitle[] = [];
  for (const claim of claims) {
    const twin = kept.find((k) => isSameClaim(k, claim));
    if (!twin) {
      kept.push(claim);
      continue;
    }
    if (twin.inTitle && !claim.inTitle) kept[kept.indexOf(twin)] = { ...claim, claimant: claim.claimant ?? twin.claimant, claimantKind: claim.claimant ? claim.claimantKind : twin.claimantKind };
    else if (!twin.claimant && claim.claimant) {
      twin.claimant = claim.claimant;
      twin.claimantKind = claim.claimantKind;
    }
  }
  return kept.map(({ inTitle: _inTitle, ...claim }) => claim);
}

/** A headline's figure is the body's whatever words it uses for the people; in the body a repeat must match. */
function isSameClaim(a: WithTitle, b: WithTitle): boolean {
  const headline = a.inTitle || b.inTitle;
  if (a.metric !== b.metric || (!headline && a.population !== b.population)) return false;
  if (numbers(a) !== numbers(b)) return false;
  if (a.claimant && b.claimant && a.claimant !== b.claimant) return headline && (a.claimantKind === b.claimantKind || !a.claimantKind || !b.claimantKind);
  return true;
}

function numbers(c: Claim): string {
  return [...new Set([c.min, c.max].filter((v) => v !== null))].sort((x, y) => x! - y!).join("-");
}
