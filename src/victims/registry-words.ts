// The registry's counts in words, shared by the HTML section and the text report so both say the same.
import type { RegistryStanding } from "./registry-standing.js";
import { formatNumber } from "../reconcile/index.js";

/** "killed", "sentenced to death", "fate not stated". */
export function fateWords(fate: RegistryStanding["perFate"][number]["fate"]): string {
  return fate === "unknown" ? "fate not stated" : fate.replace(/_/g, " ");
}

/** "19 persons named on 4 lists (amnesty, hengaw, hrana, prison-watch); 8 of them on two or more lists" */
export function registryLede(registry: RegistryStanding): string {
  const persons = `${formatNumber(registry.persons)} ${registry.persons === 1 ? "person" : "persons"}`;
  const lists = `${registry.lists.length} ${registry.lists.length === 1 ? "list" : "lists"} (${registry.lists.join(", ")})`;
  return `${persons} named on ${lists}; ${formatNumber(registry.onSeveralLists)} of them on two or more lists`;
}

/** Why the overlap may be understated, or null when every record is linked. */
export function unlinkedWarning(registry: RegistryStanding): string | null {
  if (registry.unlinkedRecords === 0) return null;
  const records = registry.unlinkedRecords === 1 ? "1 record was" : `${formatNumber(registry.unlinkedRecords)} records were`;
  return `${records} imported after the last link run and each counts as a person of its own: run 'tally victims link' to count them once.`;
}
