// How an estimate is shown: the JSON of `tally estimate --json` and the plain-text table.
import type { Estimate } from "./estimate.js";
import type { ModelFit } from "./loglinear-model.js";
import type { ModelAveragedEstimate } from "./model-averaging.js";
import { interactionNames } from "./model-space.js";

export interface ModelJson {
  /** The model's highest terms, list names joined by `*`; empty for independence. */
  interactions: string[];
  status: ModelFit["status"];
  N: number | null;
  se: number | null;
  /** Profile-likelihood 95 % interval; upper null when unbounded; null when not computed. */
  ci95: [number, number | null] | null;
  /** Where the profile likelihood peaks. */
  profileN: number | null;
  AIC: number | null;
  BIC: number | null;
  deviance: number | null;
  df: number;
}

export function modelToJson(fit: ModelFit, lists: readonly string[]): ModelJson {
  return {
    interactions: interactionNames(fit.terms, lists),
    status: fit.status,
    N: fit.N,
    se: fit.se,
    ci95: fit.profile ? [fit.profile.lower, fit.profile.upper] : null,
    profileN: fit.profile?.N ?? null,
    AIC: fit.AIC,
    BIC: fit.BIC,
    deviance: fit.deviance,
    df: fit.df,
  };
}

/** Graphs shown with their posterior probability. */
const TOP_GRAPHS = 5;

function averagedToJson(averaged: ModelAveragedEstimate, lists: readonly string[]) {
  const { median, mean, ci95, delta, gridMax, graphs } = averaged;
  return {
    method: "Bayesian model averaging over decomposable graphical models (Madigan & York 1997), as R's dga::bma.cr",
    prior: { delta, N: "proportional to 1/N", graphs: "equal" },
    median,
    ci95,
    mean,
    gridMax,
    topGraphs: graphs.slice(0, TOP_GRAPHS).map((graph) => ({ edges: interactionNames(graph.edges, lists), probability: graph.probability })),
  };
}

export function estimateToJson(estimate: Estimate): Record<string, unknown> {
  const { lists, observed, overlap, warnings } = estimate;
  const common = { lists, observed, overlap, method: estimate.method };
  switch (estimate.method) {
    case "refused":
      return { ...common, reason: estimate.reason, warnings };
    case "two lists":
      return { ...common, lincolnPetersen: estimate.lincolnPetersen, chapman: estimate.chapman, warnings };
    case "log-linear": {
      const { search, models, selected, spread } = estimate.loglinear;
      const byBic = [...models].sort((a, b) => (a.BIC ?? Infinity) - (b.BIC ?? Infinity));
      return {
        ...common,
        search,
        selected: selected ? { ...modelToJson(selected, lists), criterion: "lowest BIC among models that fitted cleanly" } : null,
        spread: spread ? { withinBIC: spread.bicGap, models: spread.models, N: [spread.lowestN, spread.highestN] } : null,
        models: byBic.map((fit) => modelToJson(fit, lists)),
        modelAveraging: estimate.averaged ? averagedToJson(estimate.averaged, lists) : null,
        warnings,
      };
    }
  }
}

const whole = (value: number) => Math.round(value).toLocaleString("en-US");
const oneDecimal = (value: number) => value.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const interval = (ci: readonly [number, number | null] | null) => (ci ? `${whole(ci[0])}–${ci[1] === null ? "unbounded" : whole(ci[1])}` : "—");

function modelName(fit: ModelFit, lists: readonly string[]): string {
  const names = interactionNames(fit.terms, lists);
  return names.length ? names.join(" + ") : "independence";
}

/** Rows shown in the text table; --json lists every model. */
const TEXT_MODELS = 15;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

export function formatEstimateText(estimate: Estimate): string {
  const { lists, observed, overlap } = estimate;
  const lines = [`${lists.length} lists (${lists.join(", ")}): ${whole(observed)} people on at least one list, ${whole(overlap)} on two or more.`, ""];
  if (estimate.method === "refused") return [...lines, `No estimate: ${estimate.reason}.`, ""].join("\n");
  if (estimate.method === "two lists") {
    lines.push(
      ...table(
        ["estimator", "N̂", "SE", "95 % interval (Wald)"],
        [
          ["Lincoln–Petersen", oneDecimal(estimate.lincolnPetersen.N), oneDecimal(estimate.lincolnPetersen.se), interval(estimate.lincolnPetersen.ci95)],
          ["Chapman", oneDecimal(estimate.chapman.N), oneDecimal(estimate.chapman.se), interval(estimate.chapman.ci95)],
        ],
      ),
    );
  } else {
    const { search, models, selected, spread } = estimate.loglinear;
    if (selected) {
      lines.push(
        `Selected (lowest BIC): ${modelName(selected, lists)}`,
        `  N̂ = ${oneDecimal(selected.N!)} (SE ${oneDecimal(selected.se!)}), 95 % profile-likelihood interval ${interval(selected.profile ? [selected.profile.lower, selected.profile.upper] : null)}`,
      );
    }
    if (spread) {
      lines.push(
        `Models within ${spread.bicGap} BIC of the best: ${spread.models}, N̂ from ${whole(spread.lowestN)} to ${whole(spread.highestN)}${spread.models > 1 ? " (the choice of model moves the estimate; the interval above does not include that)" : ""}`,
      );
    }
    if (estimate.averaged) {
      const { median, ci95 } = estimate.averaged;
      lines.push(`Averaged over decomposable models (Bayesian, as dga): median ${whole(median)}, 95 % interval ${whole(ci95[0])}–${whole(ci95[1])}`);
    }
    const ranked = [...models].sort((a, b) => (a.BIC ?? Infinity) - (b.BIC ?? Infinity));
    lines.push("", `${models.length} models fitted (${search}), by BIC:`);
    lines.push(
      ...table(
        ["model", "N̂", "SE", "95 % interval", "AIC", "BIC", "status"],
        ranked.slice(0, TEXT_MODELS).map((fit) => [
          modelName(fit, lists),
          fit.N === null ? "—" : oneDecimal(fit.N),
          fit.se === null ? "—" : oneDecimal(fit.se),
          interval(fit.profile ? [fit.profile.lower, fit.profile.upper] : null),
          fit.AIC === null ? "—" : fit.AIC.toFixed(2),
          fit.BIC === null ? "—" : fit.BIC.toFixed(2),
          fit.status,
        ]),
      ),
    );
    if (ranked.length > TEXT_MODELS) lines.push(`  … ${ranked.length - TEXT_MODELS} more (--json lists every model)`);
  }
  if (estimate.warnings.length) lines.push("", ...estimate.warnings.map((warning) => `Warning: ${warning}`));
  return [...lines, ""].join("\n");
}
