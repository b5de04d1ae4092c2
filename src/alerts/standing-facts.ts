// An event's standing as alerts compare it: each claimant's latest figure per metric and population,
// and each check raised. Facts are keyed so that the same standing computed again, by any process on
// any day, yields the same keys and values (no ids, no list order).
import type { Metric, Population, Status } from "../domain/claim.js";
import { claimsInScope, formatFigure, latestPerClaimant, stableClaimKey } from "../reconcile/index.js";
import type { CheckKind, ReconciledClaim, Reconciliation } from "../reconcile/types.js";

/** A claimant's latest figure as an alert shows it: the figure, its day and where it was read. */
export interface FigureSnapshot {
  /** As the source stated it: "at least 1,500". */
  figure: string;
  min: number | null;
  max: number | null;
  /** YYYY-MM-DD */
  asOf: string | null;
  status: Status;
  /** The claim as a re-extraction finds it again (reconcile/checks/key.ts). */
  claimKey: string;
  /** The sentence the figure stands in, and the document that carried it (the first outlet's). */
  evidence: string | null;
  document: { id: number; url: string | null; title: string | null; outlet: string | null; published: string | null } | null;
}

export interface FigureFact {
  type: "figure";
  fact: string;
  metric: Metric;
  population: Population;
  claimant: { key: string; name: string; kind: string | null };
  latest: FigureSnapshot;
}

export interface CheckFact {
  type: "check";
  fact: string;
  check: { key: string; kind: CheckKind; metric: Metric; explanation: string };
  /** The figures the check is about, as snapshots (with their documents). */
  claims: FigureSnapshot[];
}

export type StandingFact = FigureFact | CheckFact;

export function figureSnapshot(claim: ReconciledClaim): FigureSnapshot {
  const report = claim.reports[0];
  return {
    figure: formatFigure(claim),
    min: claim.min,
    max: claim.max,
    asOf: claim.asOf,
    status: claim.status,
    claimKey: stableClaimKey(claim),
    evidence: report?.evidence.text ?? null,
    document: report ? { id: report.documentId, url: report.url, title: report.title, outlet: report.outlet, published: report.published } : null,
  };
}

/** The facts of one reconciled event, keyed by `fact`. */
export function standingFacts(reconciliation: Reconciliation): Map<string, StandingFact> {
  const facts = new Map<string, StandingFact>();
  const groups = new Map<string, { metric: Metric; population: Population }>();
  for (const claim of reconciliation.claims) groups.set(`${claim.metric}|${claim.population}`, { metric: claim.metric, population: claim.population });
  for (const { metric, population } of groups.values()) {
    for (const claim of latestPerClaimant(claimsInScope(reconciliation.claims, metric, population, reconciliation.today))) {
      const fact = `figure|${metric}|${population}|${claim.claimant.key}`;
      facts.set(fact, {
        type: "figure",
        fact,
        metric,
        population,
        claimant: { key: claim.claimant.key, name: claim.claimant.name, kind: claim.claimant.kind },
        latest: figureSnapshot(claim),
      });
    }
  }
  for (const check of reconciliation.checks) {
    const fact = `check|${check.key}`;
    facts.set(fact, {
      type: "check",
      fact,
      check: { key: check.key, kind: check.kind, metric: check.metric, explanation: check.explanation },
      claims: check.claims.map(figureSnapshot),
    });
  }
  return facts;
}
