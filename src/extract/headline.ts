// Headlines abbreviate the body's sourcing: a headline figure credited to no one, or to a
// description ("rights group says"), takes the claimant the body names for that metric.
import { findGazetteerName } from "./claimants.js";
import type { Claim } from "../domain/claim.js";

export function attributeHeadline<C extends Claim & { inTitle: boolean }>(claims: C[]): C[] {
  for (const c of claims) {
    if (!c.inTitle || (c.claimant && findGazetteerName(c.claimant))) continue;
    const source = claims.find(
      (o) => !o.inTitle && o.metric === c.metric && o.claimant && o.mainEvent && (!c.claimant || (findGazetteerName(o.claimant) && o.claimantKind === c.claimantKind)),
    );
    if (source) {
      c.claimant = source.claimant;
      c.claimantKind = source.claimantKind;
    }
  }
  return claims;
}
