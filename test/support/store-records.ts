// A claim and a document as the store tests write them: one plain figure of HRANA's, dated, with its
// evidence; each test overrides what it is about.
import { createHash } from "node:crypto";
import type { Claim } from "../../src/domain/claim.js";
import type { NewDocument } from "../../src/store/store.js";

export function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    metric: "killed", population: "all", min: 12, max: 12, qualifier: "exact", claimant: "HRANA", claimantKind: "ngo",
    status: "reported", asOf: "2026-01-10", mainEvent: true, evidence: { text: "HRANA said 12 people were killed.", start: 0, end: 33 },
    ...overrides,
  };
}

/** A document of `text`, its title the first line, with the SHA-256 the store keys it by. */
export function document(text: string, overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Wire", title: text.split("\n")[0]!,
    published: "2026-01-10", language: "en", source: "file", ...overrides,
  };
}
