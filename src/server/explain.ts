// Why a stored claim came out as it did: the extractor re-run with its trace on the stored text of the
// claim's document (nothing about the trace is stored, so no migration), matched to the stored claim.
import type { Claim } from "../domain/claim.js";
import { EXTRACTOR_VERSION, explainDocument, type ClaimExplanation, type FieldDecision } from "../extract/index.js";
import type { Store } from "../store/store.js";
import type { StoredClaim } from "../store/types.js";

export interface StoredClaimExplanation {
  claimId: number;
  /** The extractor version that made the stored claim, and the one explaining it now. */
  extractorVersion: string;
  explainedBy: string;
  /** Whether the extractor today makes the claim exactly as stored (false after a correction or a changed extractor). */
  matches: boolean;
  /** The claim the extractor makes now from the same figure of the same sentence; null when it makes none. */
  extracted: Claim | null;
  /** One decision per field of `extracted`: the stage, its rule and the words it read. */
  fields: FieldDecision[];
}

const COMPARED = ["metric", "population", "min", "max", "qualifier", "claimant", "claimantKind", "status", "asOf", "mainEvent"] as const;

/** How many fields two claims share; the figure counts most, so a corrected claimant still finds its figure. */
function likeness(a: Claim, b: Claim): number {
  const figure = a.min === b.min && a.max === b.max ? COMPARED.length : 0;
  return figure + COMPARED.filter((field) => a[field] === b[field]).length;
}

/** The explanation of the claim the extractor makes from the stored claim's sentence that is most like it. */
export function matchExplanation(stored: Claim, explanations: readonly ClaimExplanation[]): ClaimExplanation | null {
  const inSentence = explanations.filter((e) => e.claim.evidence.start === stored.evidence.start && e.claim.evidence.end === stored.evidence.end);
  if (inSentence.length === 0) return null;
  return inSentence.reduce((best, e) => (likeness(e.claim, stored) > likeness(best.claim, stored) ? e : best));
}

/** The explanation of stored claim `id`, or null when there is no such claim. */
export async function explainStoredClaim(store: Pick<Store, "getClaim" | "getDocument">, id: number): Promise<{ claim: StoredClaim; explanation: StoredClaimExplanation } | null> {
  const claim = await store.getClaim(id);
  if (!claim) return null;
  const document = await store.getDocument(claim.documentId);
  const explained = document ? explainDocument(document.text, { published: document.published, title: document.title, outlet: document.outlet, language: document.language }) : null;
  const found = explained ? matchExplanation(claim, explained.explanations) : null;
  const matches = found !== null && COMPARED.every((field) => found.claim[field] === claim[field]);
  return {
    claim,
    explanation: { claimId: id, extractorVersion: claim.extractorVersion, explainedBy: EXTRACTOR_VERSION, matches, extracted: found?.claim ?? null, fields: found?.fields ?? [] },
  };
}
