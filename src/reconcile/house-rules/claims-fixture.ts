// Reconciled claims from a few stored-claim fields, for the house-rule tests; not used by production code.
import type { StoredClaim } from "../../store/types.js";
import { reconcile } from "../index.js";
import { storedClaim } from "../stored-claim-fixture.js";
import type { ReconciledClaim } from "../types.js";

export const TODAY = "2026-03-01";

type Fields = Partial<StoredClaim> & Pick<StoredClaim, "metric">;

/** A killed-count claim by `claimant` of `kind` for `asOf`, reported unless said otherwise. */
export function said(claimant: string | null, kind: StoredClaim["claimantKind"], asOf: string, fields: Partial<Fields> = {}): Fields {
  return { metric: "killed", claimant, claimantKind: kind, asOf, ...fields };
}

export function reconciled(claims: Fields[]): ReconciledClaim[] {
  return reconcile(claims.map(storedClaim), { today: TODAY }).claims;
}
