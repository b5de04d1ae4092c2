// Builds StoredClaim records from the few fields a test or benchmark cares about.
// Used by the reconcile and report tests and by bench/report.ts; not by production code.
import type { StoredClaim } from "../store/types.js";

let nextId = 1;

export function storedClaim(fields: Partial<StoredClaim> & Pick<StoredClaim, "metric">): StoredClaim {
  const id = fields.id ?? nextId++;
  const min = fields.min === undefined ? 100 : fields.min;
  const text = fields.evidence?.text ?? `Sentence reporting ${min ?? fields.max} ${fields.metric}.`;
  return {
    id,
    documentId: fields.documentId ?? id,
    population: "all",
    min,
    max: fields.max === undefined ? min : fields.max,
    qualifier: "exact",
    claimant: null,
    claimantKind: null,
    status: "reported",
    asOf: null,
    mainEvent: true,
    outlet: "Example News",
    documentTitle: `Report ${id}`,
    documentUrl: `https://news.example/${id}`,
    published: fields.asOf ?? "2026-01-14",
    eventId: 1,
    extractorVersion: "test",
    reviewState: "auto",
    ...fields,
    evidence: fields.evidence ?? { text, start: 0, end: text.length },
  };
}
