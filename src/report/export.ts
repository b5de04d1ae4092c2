// Claims with their evidence and document, as export rows for CSV (optionally HXL-tagged) and JSON.
// Each claim also carries its canonical claimant, so exported data groups the way the report does;
// the JSON export carries the house-rule views of the same claims beside them.
import { CLAIMANT_GAZETTEER, type ClaimantEntry } from "../extract/lexicon/claimants.js";
import { buildClaimantRegistry, claimantOf, claimantOverrides, formatFigure, seenClaimants, type ClaimantOverride } from "../reconcile/index.js";
import type { StoredClaim } from "../store/types.js";
import { toCsv, type Cell } from "./csv.js";
import type { EventHouseRules } from "./house-rules-export.js";
import { hxlTags } from "./hxl.js";

export interface ExportedClaim {
  id: number;
  eventId: number | null;
  metric: StoredClaim["metric"];
  population: StoredClaim["population"];
  min: number | null;
  max: number | null;
  qualifier: StoredClaim["qualifier"];
  /** The figure with its hedge, as a reader says it: "at least 12,000". */
  figure: string;
  claimant: string | null;
  claimantCanonical: string;
  claimantKind: StoredClaim["claimantKind"];
  status: StoredClaim["status"];
  asOf: string | null;
  mainEvent: boolean;
  reviewState: StoredClaim["reviewState"];
  extractorVersion: string;
  evidence: StoredClaim["evidence"];
  document: { id: number; title: string | null; outlet: string | null; url: string | null; published: string | null };
}

/** `claimantEdits`: analysts' merges, renames and "not a source" marks, so the canonical claimant matches the report's. */
export function exportClaims(claims: StoredClaim[], claimants: ClaimantEntry[] = CLAIMANT_GAZETTEER, claimantEdits: readonly ClaimantOverride[] = []): ExportedClaim[] {
  const registry = buildClaimantRegistry(claimants, seenClaimants(claims));
  const overrides = claimantOverrides(claimantEdits);
  return claims.map((claim) => {
    const { identity } = claimantOf(claim, registry, overrides);
    return {
      id: claim.id,
      eventId: claim.eventId,
      metric: claim.metric,
      population: claim.population,
      min: claim.min,
      max: claim.max,
      qualifier: claim.qualifier,
      figure: formatFigure(claim),
      claimant: claim.claimant,
      claimantCanonical: identity.name,
      claimantKind: claim.claimantKind ?? identity.kind,
      status: claim.status,
      asOf: claim.asOf,
      mainEvent: claim.mainEvent,
      reviewState: claim.reviewState,
      extractorVersion: claim.extractorVersion,
      evidence: claim.evidence,
      document: { id: claim.documentId, title: claim.documentTitle, outlet: claim.outlet, url: claim.documentUrl, published: claim.published },
    };
  });
}

/** The CSV columns, in order: header, and how to read the cell from an exported claim. */
export const CSV_COLUMNS: Array<{ header: string; cell: (claim: ExportedClaim) => Cell }> = [
  { header: "claim_id", cell: (c) => c.id },
  { header: "event_id", cell: (c) => c.eventId },
  { header: "metric", cell: (c) => c.metric },
  { header: "population", cell: (c) => c.population },
  { header: "min", cell: (c) => c.min },
  { header: "max", cell: (c) => c.max },
  { header: "qualifier", cell: (c) => c.qualifier },
  { header: "figure", cell: (c) => c.figure },
  { header: "claimant", cell: (c) => c.claimant },
  { header: "claimant_canonical", cell: (c) => c.claimantCanonical },
  { header: "claimant_kind", cell: (c) => c.claimantKind },
  { header: "status", cell: (c) => c.status },
  { header: "as_of", cell: (c) => c.asOf },
  { header: "main_event", cell: (c) => c.mainEvent },
  { header: "review_state", cell: (c) => c.reviewState },
  { header: "extractor_version", cell: (c) => c.extractorVersion },
  { header: "evidence", cell: (c) => c.evidence.text },
  { header: "evidence_start", cell: (c) => c.evidence.start },
  { header: "evidence_end", cell: (c) => c.evidence.end },
  { header: "document_id", cell: (c) => c.document.id },
  { header: "document_title", cell: (c) => c.document.title },
  { header: "outlet", cell: (c) => c.document.outlet },
  { header: "url", cell: (c) => c.document.url },
  { header: "published", cell: (c) => c.document.published },
];

export function claimsToCsv(claims: ExportedClaim[], options: { hxl?: boolean } = {}): string {
  const rows: Cell[][] = [CSV_COLUMNS.map((column) => column.header)];
  if (options.hxl) {
    const metrics = new Set(claims.map((claim) => claim.metric));
    const tags = hxlTags(metrics.size === 1 ? [...metrics][0]! : null);
    rows.push(CSV_COLUMNS.map((column) => tags[column.header] ?? null));
  }
  for (const claim of claims) rows.push(CSV_COLUMNS.map((column) => column.cell(claim)));
  return toCsv(rows);
}

/** What `tally export --format json` writes: the claims, and per event what each house rule makes of them. */
export interface ClaimsExport {
  claims: ExportedClaim[];
  houseRulesByEvent: EventHouseRules[];
}

export function claimsToJson(claims: ExportedClaim[], houseRulesByEvent: EventHouseRules[]): string {
  const exported: ClaimsExport = { claims, houseRulesByEvent };
  return `${JSON.stringify(exported, null, 2)}\n`;
}
