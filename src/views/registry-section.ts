// The victims registry in an event's standing summary, shared by the dashboard and the static report:
// persons named per fate, and how many two or more lists name. Renders a RegistryStanding
// (victims/registry-standing.ts) and computes nothing; nothing when the registry holds no one here.
import { formatNumber } from "../reconcile/index.js";
import type { RegistryStanding } from "../victims/registry-standing.js";
import { fateWords, registryLede, unlinkedWarning } from "../victims/registry-words.js";
import { html, type SafeHtml } from "./html.js";

/** `personsHref`: where the persons and their records are shown (the dashboard's /victims page); none in a static report. */
export function registrySection(registry: RegistryStanding | null | undefined, personsHref?: string): SafeHtml | "" {
  if (!registry) return "";
  const warning = unlinkedWarning(registry);
  return html`<section class="registry" id="registry"><h2>Named victims in the registry</h2>
  <p>${registryLede(registry)}. Each is a person found by name, not a claimed count.${personsHref ? html` <a href="${personsHref}">The persons and their records</a>.` : ""}</p>
  ${warning ? html`<p class="warning">${warning}</p>` : ""}
  <table class="registry-fates"><thead><tr><th>Fate</th><th>Named</th><th>On two or more lists</th></tr></thead><tbody>
  ${registry.perFate.map((row) => html`<tr data-fate="${row.fate}"><th scope="row">${fateWords(row.fate)}</th><td class="num">${formatNumber(row.persons)}</td><td class="num">${formatNumber(row.onSeveralLists)}</td></tr>`)}
  </tbody></table></section>`;
}
