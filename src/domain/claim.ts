// The claim record of ../shared/claims-contract.md, and the values each field may take.
// Every layer (extract, store, reconcile, server, report) speaks these types.

export const METRICS = ["killed", "injured", "detained", "executed", "sentenced_to_death", "missing", "displaced"] as const;
export type Metric = (typeof METRICS)[number];

export const POPULATIONS = ["all", "protesters", "security_forces", "civilians", "children", "women", "other"] as const;
export type Population = (typeof POPULATIONS)[number];

export const QUALIFIERS = ["exact", "at_least", "more_than", "approx", "up_to", "range", "vague"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CLAIMANT_KINDS = ["ngo", "government", "intergovernmental", "media", "opposition", "anonymous", "other"] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export const STATUSES = ["verified", "under_review", "estimate", "reported"] as const;
export type Status = (typeof STATUSES)[number];

export interface Evidence {
  /** The sentence the figure stands in, exactly as in the document. */
  text: string;
  /** UTF-16 offsets into the document text; end is exclusive. */
  start: number;
  end: number;
}

export interface Claim {
  metric: Metric;
  population: Population;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  claimant: string | null;
  claimantKind: ClaimantKind | null;
  status: Status;
  /** YYYY-MM-DD */
  asOf: string | null;
  mainEvent: boolean;
  evidence: Evidence;
}

export interface DocumentMeta {
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  outlet: string | null;
  language: string;
}

export interface ExtractedDocument {
  document: DocumentMeta;
  claims: Claim[];
}

export interface ExtractOptions {
  /** YYYY-MM-DD; when absent, a date line in the text is used. */
  published?: string | null;
  title?: string | null;
  outlet?: string | null;
  /** The language the report declares (a BCP 47 tag or a name); the text overrules one in another script, and the text decides when none is given. */
  language?: string | null;
}
