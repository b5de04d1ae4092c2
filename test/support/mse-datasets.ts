// The published capture tables with their reference outputs, read from the shared
// material beside the repository when it is there and from the copy in test/fixtures otherwise.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const SHARED = resolve(import.meta.dirname, "../../../shared/mse/datasets.json");
const FIXTURE = resolve(import.meta.dirname, "../fixtures/mse/datasets.json");

export interface ReferenceModel {
  model: string;
  N_poisson: number | null;
  se: number | null;
  N_profile: number | null;
  ci95_profile: [number | string, number | string] | null;
  AIC: number | null;
  BIC: number | null;
  infoFit?: number;
  error?: boolean;
}

export interface PythonModel {
  interactions: string[];
  N_poisson: number;
  se: number;
  N_profile: number;
  ci95_profile: [number, number | null];
  AIC: number;
  BIC: number;
  error: string | null;
}

export interface ReferenceDataset {
  title: string;
  lists: string[];
  counts: Record<string, number>;
  reference: {
    R: {
      loglinear_profile?: ReferenceModel[];
      closedpMS_top5_by_BIC?: Array<{ model: string; abundance: number; BIC: number }> | null;
      "dga_bma_delta_2^-t"?: { median: number; ci95: [number, number]; mean: number; delta: number } | null;
    };
    python_loglinear?: PythonModel[];
    two_list?: Array<{ lists: [string, string]; n1: number; n2: number; m: number; lincoln_petersen: number | null; chapman: number; chapman_se: number; chapman_ci95_wald: [number, number] }>;
  };
}

export function referenceDatasets(): { source: string; datasets: Record<string, ReferenceDataset> } {
  const source = existsSync(SHARED) ? SHARED : FIXTURE;
  return { source, datasets: JSON.parse(readFileSync(source, "utf8")).datasets };
}
