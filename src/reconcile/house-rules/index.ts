// House rules as views: for each metric and population, the figure ACLED, UCDP, IBC and Airwars would
// publish from the same reconciled claims, each with the one sentence that says how. Pure: today is passed in.
import { METRICS, POPULATIONS, type Metric, type Population } from "../../domain/claim.js";
import { claimsByMetric } from "../latest.js";
import type { ReconciledClaim } from "../types.js";
import { acledView } from "./acled.js";
import { airwarsView } from "./airwars.js";
import { gatherEvidence } from "./credible.js";
import { ibcView } from "./ibc.js";
import type { HouseRules } from "./types.js";
import { ucdpView } from "./ucdp.js";

export interface HouseRulesOptions {
  /** YYYY-MM-DD: claims dated later are left out. */
  today: string;
  /** Metrics to view; every metric with a claim by default, in contract order. */
  metrics?: Metric[];
}

/** The four views of one metric and population. */
export function houseRulesFor(claims: ReconciledClaim[], metric: Metric, population: Population, today: string): HouseRules {
  const evidence = gatherEvidence(claims, metric, population, today);
  return {
    metric,
    population,
    today,
    views: [acledView(evidence), ucdpView(evidence), ibcView(evidence), airwarsView(evidence)],
    notCredible: evidence.notCredible.map((claim) => claim.key),
    overtaken: [...evidence.overtaken].map((claim) => claim.key),
  };
}

/** Every metric asked for, population "all" first, then each population that has a dated claim about the main event. */
export function houseRules(claims: ReconciledClaim[], options: HouseRulesOptions): HouseRules[] {
  const { today } = options;
  const byMetric = claimsByMetric(claims);
  const metrics = options.metrics ?? METRICS.filter((metric) => byMetric.has(metric));
  return metrics.flatMap((metric) => {
    const ofMetric = byMetric.get(metric) ?? [];
    const present = new Set(ofMetric.filter((c) => c.mainEvent && c.asOf !== null && c.asOf <= today).map((c) => c.population));
    return POPULATIONS.filter((population) => present.has(population)).map((population) => houseRulesFor(ofMetric, metric, population, today));
  });
}

export { CREDIBLE_NOTE, figuresAgree, floorReading, isCount, isCredible, topReading } from "./credible.js";
export { gradeWord } from "./airwars.js";
export type * from "./types.js";
export { AIRWARS_GRADES, HOUSE_RULES } from "./types.js";
