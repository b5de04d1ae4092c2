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
    else fillFrom(twin, claim);
  }
  return kept.map(({ inTitle: _inTitle, ...claim }) => claim);
}

/** A headline's figure is the body's whatever words it uses for the people; in the body a repeat must match. */
/** A later mention may say more: who gave the figure, how it was checked, which day it describes. */
function fillFrom(kept: WithTitle, repeat: WithTitle): void {
  if (!kept.claimant && repeat.claimant) {
    kept.claimant = repeat.claimant;
    kept.claimantKind = repeat.claimantKind;
  }
  if (kept.status === "reported" && repeat.status !== "reported" && kept.claimant === repeat.claimant) kept.status = repeat.status;
}

function isSameClaim(a: WithTitle, b: WithTitle): boolean {
  const headline = a.inTitle || b.inTitle;
  if (a.metric !== b.metric || (!headline && a.population !== b.population)) return false;
  if (numbers(a) !== numbers(b)) return false;
  return headline || !a.claimant || !b.claimant || a.claimant === b.claimant;
}

function numbers(c: Claim): string {
  return [...new Set([c.min, c.max].filter((v) => v !== null))].sort((x, y) => x! - y!).join("-");
}
