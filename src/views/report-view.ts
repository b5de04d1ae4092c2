// The report as data: one event's reconciliation narrowed to the metrics asked for.
// The text and JSON renderers, the server and the static HTML report all start from this.
import type { ClaimantEntry } from "../domain/claimants.js";
import type { EstimateSummary } from "../estimate/estimate-summary.js";
import type { RegistryStanding } from "../victims/registry-standing.js";
import type { Metric } from "../domain/claim.js";
import { houseRules, type HouseRules } from "../reconcile/house-rules/index.js";
import { formatNumber, latestReportWords, reconcile, type ClaimantOverride } from "../reconcile/index.js";
import type { CheckDismissalNote, DismissedCheck, KeyedCheck, Reconciliation, Series, StandingSummary } from "../reconcile/types.js";
import type { StoredClaim } from "../store/types.js";

export interface ReportScope {
  /** null for documents assigned to no event, or for the whole store when there are no events. */
  event: { id: number; name: string } | null;
  /** YYYY-MM-DD */
  today: string;
  /** Only this metric; every metric with claims when absent. */
  metric?: Metric;
}

export interface ReportView extends ReportScope, UndatedCount {
  claimCount: number;
  /** YYYY-MM-DD: the newest claim's day across the summaries; the report is dated by it, not by today. */
  latestReport: string | null;
  summaries: StandingSummary[];
  /** Checks raised and not dismissed. */
  checks: KeyedCheck[];
  /** Checks an analyst dismissed, with the reason, who and when. */
  dismissedChecks: DismissedCheck[];
  series: Series[];
  /** What ACLED, UCDP, IBC and Airwars would publish from the same claims, per metric and population. */
  houseRules: HouseRules[];
  /** The estimate from the linked victims registry, where the caller read the registry (absent otherwise). */
  estimate?: EstimateSummary;
  /** The victims registry's persons named per fate, where the caller read the registry; null when it holds no one here. */
  registry?: RegistryStanding | null;
}

/** The documents behind a report's claims that state no publication day, and what that costs. */
export interface UndatedCount {
  /** Documents carrying claims here that have no publication date. */
  undatedDocuments: number;
  /**
   * Their claims with no day of their own: a claim's day is its own as-of, else its document's
   * publication day (reconcile/merge.ts), and the standing summary leaves out a claim with neither.
   */
  undatedClaims: number;
}

/** Counts the undated documents among `claims` (of one metric when given) and their claims with no day. */
export function countUndated(claims: readonly StoredClaim[], metric?: Metric): UndatedCount {
  const documents = new Set<number>();
  let undatedClaims = 0;
  for (const claim of claims) {
    if (claim.published !== null || claim.reviewState === "rejected" || (metric && claim.metric !== metric)) continue;
    documents.add(claim.documentId);
    if (claim.asOf === null) undatedClaims++;
  }
  return { undatedDocuments: documents.size, undatedClaims };
}

/**
 * What undated documents mean for this report, and what dates them; null when every document is dated.
 * "3 documents have no publication date: their 5 claims with no day of their own are left out of the
 * standing summary. Ingest them again with --published YYYY-MM-DD to date them."
 */
export function undatedText(count: UndatedCount): string | null {
  const { undatedDocuments: documents, undatedClaims: claims } = count;
  if (documents === 0) return null;
  const subject = documents === 1 ? "1 document has no publication date" : `${documents} documents have no publication date`;
  if (claims === 0) return `${subject}; every claim in ${documents === 1 ? "it" : "them"} states its own day, so none is left out of the standing summary.`;
  const theirs = documents === 1 ? "its" : "their";
  const left = claims === 1 ? "claim with no day of its own is" : `claims with no day of their own are`;
  const them = documents === 1 ? "it" : "them";
  return `${subject}: ${theirs} ${claims} ${left} left out of the standing summary. Ingest ${them} again with --published YYYY-MM-DD to date ${them}.`;
}

/** What analysts changed on the dashboard: claimant edits in force and checks dismissed (see store/curation.ts). */
export interface ReportCuration {
  claimantEdits: readonly ClaimantOverride[];
  dismissals: readonly CheckDismissalNote[];
}

export function buildReportView(claims: StoredClaim[], scope: ReportScope, claimants?: ClaimantEntry[], curation?: ReportCuration): ReportView {
  const reconciliation = reconcile(claims, {
    today: scope.today,
    metrics: scope.metric ? [scope.metric] : undefined,
    claimants,
    claimantEdits: curation?.claimantEdits,
    dismissals: curation?.dismissals,
  });
  return reportViewOf(claims, reconciliation, scope);
}

/** The report view of claims already reconciled (on the scope's day, for its metric or all). */
export function reportViewOf(claims: StoredClaim[], reconciliation: Reconciliation, scope: ReportScope): ReportView {
  const wanted = (item: { metric: Metric }) => !scope.metric || item.metric === scope.metric;
  const days = reconciliation.summaries.flatMap((s) => (s.asOf ? [s.asOf] : []));
  return {
    ...scope,
    claimCount: claims.length,
    ...countUndated(claims, scope.metric),
    latestReport: days.length ? days.reduce((a, b) => (b > a ? b : a)) : null,
    summaries: reconciliation.summaries,
    checks: reconciliation.checks.filter(wanted),
    dismissedChecks: reconciliation.dismissedChecks.filter(wanted),
    series: reconciliation.series.filter(wanted),
    houseRules: houseRules(reconciliation.claims, { today: scope.today, metrics: scope.metric ? [scope.metric] : undefined }),
  };
}

/** The lede every rendering shares: "latest report 18 November 2025, over a year ago, from 49 claims". */
export function standingLede(view: ReportView): string {
  return `${latestReportWords(view.latestReport, view.today)}, from ${formatNumber(view.claimCount)} ${view.claimCount === 1 ? "claim" : "claims"}`;
}

/** JSON with infinite ratios (a verified floor of 0) written as null. */
export function reportToJson(views: ReportView[]): string {
  return `${JSON.stringify(views, (_key, value) => (typeof value === "number" && !Number.isFinite(value) ? null : value), 2)}\n`;
}
