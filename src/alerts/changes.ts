// What changed between an event's standing when alerts were last computed and now: a claimant's
// latest figure that differs, a claimant not seen before, a check not raised before. A fact that
// went away (a claim rejected, a check dismissed) raises nothing. Pure, so that every process that
// computes the same change derives the same alert key, and the store keeps the alert once.
import type { Metric, Population } from "../domain/claim.js";
import { countNoun } from "../reconcile/index.js";
import { sha256Hex } from "../ingest/sha256.js";
import type { CheckFact, FigureFact, FigureSnapshot, StandingFact } from "./standing-facts.js";

export const ALERT_KINDS = ["figure_changed", "new_source", "check_raised"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The event an alert is about; null for documents assigned to no event. */
export type AlertEvent = { id: number; name: string } | null;

/** An alert as a webhook receives it (the store adds its id and time). */
export interface AlertBody {
  kind: AlertKind;
  /** One line a reader can act on. */
  summary: string;
  event: AlertEvent;
  metric: Metric;
  population?: Population;
  claimant?: FigureFact["claimant"];
  /** figure_changed: the figure before; new_source: null. */
  old?: FigureSnapshot | null;
  /** The figure now, with its sentence and document. */
  new?: FigureSnapshot;
  check?: CheckFact["check"];
  /** check_raised: the figures the check is about. */
  claims?: FigureSnapshot[];
}

export interface NewAlert {
  /** Hex SHA-256 of what changed: the same change computed twice has the same key. */
  key: string;
  body: AlertBody;
}

const asOfWords = (snapshot: FigureSnapshot) => (snapshot.asOf ? ` (as of ${snapshot.asOf})` : "");

function alertKey(scope: number, kind: AlertKind, fact: string, ...parts: string[]): string {
  return sha256Hex([String(scope), kind, fact, ...parts].join("\n"));
}

/** The alerts `current` raises against `previous` (both keyed by fact), in fact order. */
export function alertsBetween(previous: ReadonlyMap<string, StandingFact>, current: ReadonlyMap<string, StandingFact>, event: AlertEvent): NewAlert[] {
  const scope = event?.id ?? 0;
  const alerts: NewAlert[] = [];
  for (const [fact, now] of [...current].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const before = previous.get(fact);
    if (now.type === "check") {
      if (before) continue;
      alerts.push({
        key: alertKey(scope, "check_raised", fact),
        body: { kind: "check_raised", summary: `New check: ${now.check.explanation}`, event, metric: now.check.metric, check: now.check, claims: now.claims },
      });
      continue;
    }
    const noun = countNoun(now.metric, now.population);
    const common = { event, metric: now.metric, population: now.population, claimant: now.claimant };
    if (!before || before.type !== "figure") {
      alerts.push({
        key: alertKey(scope, "new_source", fact, now.latest.claimKey),
        body: { kind: "new_source", summary: `New source ${now.claimant.name}: ${now.latest.figure} ${noun}${asOfWords(now.latest)}`, ...common, old: null, new: now.latest },
      });
    } else if (before.latest.figure !== now.latest.figure) {
      alerts.push({
        key: alertKey(scope, "figure_changed", fact, before.latest.claimKey, now.latest.claimKey),
        body: {
          kind: "figure_changed",
          summary: `${now.claimant.name}: ${noun} ${before.latest.figure} → ${now.latest.figure}${asOfWords(now.latest)}`,
          ...common,
          old: before.latest,
          new: now.latest,
        },
      });
    }
  }
  return alerts;
}
