// The report as data: one event's reconciliation narrowed to the metrics asked for.
// The text and JSON renderers, the server and the static HTML report all start from this.
import type { ClaimantEntry } from "../extract/lexicon/claimants.js";
import type { Metric } from "../domain/claim.js";
import { houseRules, type HouseRules } from "../reconcile/house-rules/index.js";
import { formatNumber, latestReportWords, reconcile, type ClaimantOverride } from "../reconcile/index.js";
import type { CheckDismissalNote, DismissedCheck, KeyedCheck, Series, StandingSummary } from "../reconcile/types.js";
import type { StoredClaim } from "../store/types.js";

export interface ReportScope {
  /** null for documents assigned to no event, or for the whole store when there are no events. */
  event: { id: number; name: string } | null;
  /** YYYY-MM-DD */
  today: string;
  /** Only this metric; every metric with claims when absent. */
  metric?: Metric;
}

export interface ReportView extends ReportScope {
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
  const wanted = (item: { metric: Metric }) => !scope.metric || item.metric === scope.metric;
  const days = reconciliation.summaries.flatMap((s) => (s.asOf ? [s.asOf] : []));
  return {
    ...scope,
    claimCount: claims.length,
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
