// A stable key per check, so that a dismissal finds its check again after a restart, a re-ingest or
// on another day: the kind, the metric and the claims the check is about, never ids or list order.
import type { Check, KeyedCheck, ReconciledClaim } from "../types.js";

/** What a key looks like: "outlier-killed-" and 14 hex digits. */
export const CHECK_KEY_PATTERN = /^[a-z_]+-[a-z_]+-[0-9a-f]{14}$/;

/** A claim as a re-extraction would find it again: who, what, how many, which day (no ids, no outlets). */
export function stableClaimKey(claim: ReconciledClaim): string {
  return `${claim.claimant.key}|${claim.metric}|${claim.population}|${claim.min ?? ""}|${claim.max ?? ""}|${claim.qualifier}|${claim.asOf ?? ""}|${claim.mainEvent ? 1 : 0}`;
}

/**
 * The claims a check is about. An outlier check lists the other claimants' figures as context; a new
 * figure from someone else changes the context, not which figure stands out, so it is not another check.
 */
export function subjectClaims(check: Check): ReconciledClaim[] {
  return check.kind === "outlier" ? check.claims.slice(0, 1) : check.claims;
}

/** cyrb53: a fast 53-bit string hash (public domain); ample for telling apart the checks of one store. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (2097151 & h2).toString(16).padStart(6, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

export function checkKey(check: Check): string {
  const subjects = subjectClaims(check);
  const claims = subjects.length === 1 ? [stableClaimKey(subjects[0]!)] : [...new Set(subjects.map(stableClaimKey))].sort();
  return `${check.kind}-${check.metric}-${hash53(`${check.kind}\n${check.metric}\n${claims.join("\n")}`)}`;
}

export function keyChecks(checks: Check[]): KeyedCheck[] {
  return checks.map((check) => ({ ...check, key: checkKey(check) }));
}
