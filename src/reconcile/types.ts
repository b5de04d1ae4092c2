// The records reconciliation produces: resolved claimants, claims merged across outlets,
// series over time, consistency checks and the standing summary of a count.
import type { ClaimantKind, Evidence, Metric, Population, Qualifier, Status } from "../domain/claim.js";

/** One claimant after aliases, variants and generic descriptions are folded together. */
export interface ClaimantIdentity {
  /** Stable grouping key ("gazetteer:hrana", "named:norwegian refugee council", "generic:government:Iranian"). */
  key: string;
  /** Canonical name to show. */
  name: string;
  kind: ClaimantKind | null;
  /** true for descriptions such as "an official" or "rights groups" rather than a named body. */
  generic: boolean;
}

/** One outlet's carrying of a claim: where to read it. */
export interface ClaimReport {
  claimId: number;
  documentId: number;
  outlet: string | null;
  title: string | null;
  url: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  evidence: Evidence;
  /** The claimant as the document wrote it (null when the document named no one). */
  claimantAsWritten: string | null;
  status: Status;
}

/** The same figure from the same claimant for the same day, however many outlets carried it. */
export interface ReconciledClaim {
  key: string;
  claimant: ClaimantIdentity;
  /** true when no document named a claimant and the outlet stands as the source. */
  unattributed: boolean;
  metric: Metric;
  population: Population;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** The strongest status any report gives (verified > under review > estimate > reported). */
  status: Status;
  /** YYYY-MM-DD: the claim's as-of, else the earliest publication date of its reports. */
  asOf: string | null;
  mainEvent: boolean;
  /** true when a reviewer corrected one of the stored claims behind this figure. */
  corrected: boolean;
  reports: ClaimReport[];
}

/** One claimant's figures for one metric and population, oldest first. */
export interface Series {
  claimant: ClaimantIdentity;
  metric: Metric;
  population: Population;
  points: ReconciledClaim[];
}

export type CheckKind = "breakdown_exceeds_total" | "cumulative_falls" | "outlets_disagree" | "outlier";

export interface Check {
  kind: CheckKind;
  metric: Metric;
  /** One line a reader can act on, with the figures and dates involved. */
  explanation: string;
  claims: ReconciledClaim[];
  /** How far off the flagged figure is, on a log scale (|log10| of its ratio to the others' median); outliers only, most severe first. */
  severity?: number;
}

/** A check with its stable key (kind, metric and the claims it is about): a dismissal finds it by this key. */
export interface KeyedCheck extends Check {
  key: string;
}

/** An analyst's dismissal of a check, as reconciliation needs it. */
export interface CheckDismissalNote {
  checkKey: string;
  reason: string;
  actor: string;
  /** ISO timestamp */
  at: string;
}

/** A check an analyst dismissed: not counted, still listed with why, who and when. */
export interface DismissedCheck extends KeyedCheck {
  dismissal: Omit<CheckDismissalNote, "checkKey">;
}

/** A sourced figure used in the summary. */
export interface SourcedFigure {
  /** The number used to rank and compare; for a vague figure ("tens of thousands") a stand-in, never shown as a count. */
  value: number;
  /** The figure as its source stated it: "at least 1,500", "tens of thousands". */
  figure: string;
  claim: ReconciledClaim;
}

/** The verified floor for a whole: its own highest verified count, or a verified count of a part, which no whole can be below. */
export interface FloorFigure extends SourcedFigure {
  /** Whose verified count sets the floor: the summary's own population, or the part ("civilians") it comes from. */
  population: Population;
  /** When the floor is the sum of disjoint parts of one breakdown (one claimant, one day, one document): those parts. */
  parts?: Array<SourcedFigure & { population: Population }>;
}

/** Where one population's count stands: each figure is the highest of its status, sourced. */
export interface PopulationStanding {
  population: Population;
  /** The highest verified count of this population (for the whole, possibly set by a part). */
  verified: FloorFigure | null;
  /** The highest count under review (reported but not yet verified by the claimant). */
  underReview: SourcedFigure | null;
  /** The highest figure stated as a plain report (status reported). */
  highestReported: SourcedFigure | null;
  /** The highest figure stated as an estimate, belief or projection (status estimate). */
  highestEstimate: SourcedFigure | null;
}

export interface StandingSummary {
  metric: Metric;
  population: Population;
  /** YYYY-MM-DD: the day the summary is read on; later claims are left out. */
  today: string;
  /** YYYY-MM-DD: the newest claim's day among the counts summarised (parts included); null when none is dated. */
  asOf: string | null;
  /** Each claimant's latest figure, highest first. */
  latest: ReconciledClaim[];
  /** The highest verified count of the whole, or of any one part when that is higher (a part's verified count is a floor for the whole). */
  verifiedFloor: FloorFigure | null;
  /** The highest count under review. */
  underReview: SourcedFigure | null;
  /** The highest reported figure (status reported): never an estimate. */
  highestReported: SourcedFigure | null;
  /** The highest estimate (status estimate) only. */
  highestEstimate: SourcedFigure | null;
  /** The highest reported figure or estimate above the verified floor: the difference and the ratio, when both exist and the top is a number. */
  /** ratio: null when the verified floor is 0 (no multiple of nothing), so the summary stays plain JSON. */
  spread: { absolute: number; ratio: number | null } | null;
  /** One row per narrower population that has claims (civilians, children, …), in vocabulary order. */
  populations: PopulationStanding[];
  /** A plain-English statement of where the count stands, every figure sourced. */
  statement: string;
}

export interface Reconciliation {
  today: string;
  claims: ReconciledClaim[];
  series: Series[];
  /** Checks raised and not dismissed: the ones the summaries count. */
  checks: KeyedCheck[];
  dismissedChecks: DismissedCheck[];
  summaries: StandingSummary[];
}
