// Records as the store hands them to reconcile, server and report: a claim with where it came from.
import type { Claim } from "../domain/claim.js";

export type ReviewState = "auto" | "accepted" | "corrected" | "rejected";

export interface StoredClaim extends Claim {
  id: number;
  documentId: number;
  /** The outlet that carried the claim (not the claimant). */
  outlet: string | null;
  documentTitle: string | null;
  documentUrl: string | null;
  /** Publication date of the carrying document, YYYY-MM-DD. */
  published: string | null;
  eventId: number | null;
  extractorVersion: string;
  reviewState: ReviewState;
}
