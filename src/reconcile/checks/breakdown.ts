// Breakdown parts that exceed their total, within one document's account from one claimant for one day.
// Children and women overlap with protesters and civilians, so only disjoint populations are summed;
// hedges are read generously: the parts' lower bounds against the total's upper bound.
import type { Population } from "../../domain/claim.js";
import { formatDay } from "../dates.js";
import { citeClaim, countNoun, populationNoun, possessive } from "../describe.js";
import { formatNumber, lowerBound, upperBound } from "../hedge.js";
import type { Check, ReconciledClaim } from "../types.js";

/** Populations that never count the same person twice. */
export const DISJOINT_POPULATIONS: Population[] = ["protesters", "security_forces", "civilians", "other"];

interface Account {
  documentId: number;
  title: string | null;
  outlet: string | null;
  claims: ReconciledClaim[];
}

function accountsByDocument(claims: ReconciledClaim[]): Account[] {
  // Documents first, by number (cheap); only a document holding a total and a part is split further.
  const documents = new Map<number, { title: string | null; outlet: string | null; claims: ReconciledClaim[] }>();
  for (const claim of claims) {
    if (!claim.mainEvent) continue;
    for (const report of claim.reports) {
      const document = documents.get(report.documentId);
      if (document) document.claims.push(claim);
      else documents.set(report.documentId, { title: report.title, outlet: report.outlet, claims: [claim] });
    }
  }
  const accounts: Account[] = [];
  for (const [documentId, document] of documents) {
    if (!document.claims.some((c) => c.population === "all") || document.claims.every((c) => c.population === "all")) continue;
    const byAccount = new Map<string, Account>();
    for (const claim of document.claims) {
      const key = `${claim.claimant.key}|${claim.metric}|${claim.asOf}`;
      let account = byAccount.get(key);
      if (!account) byAccount.set(key, (account = { documentId, title: document.title, outlet: document.outlet, claims: [] }));
      if (!account.claims.includes(claim)) account.claims.push(claim);
    }
    accounts.push(...byAccount.values());
  }
  return accounts;
}

function where(account: Account): string {
  const title = account.title ? `"${account.title}"` : `document ${account.documentId}`;
  return account.outlet ? `${title} (${account.outlet})` : title;
}

/** The lowest reading among one population's figures (a document may give two). */
function lowestPart(parts: ReconciledClaim[]): ReconciledClaim {
  return parts.reduce((low, claim) => (lowerBound(claim) < lowerBound(low) ? claim : low));
}

export function checkBreakdowns(claims: ReconciledClaim[]): Check[] {
  const checks: Check[] = [];
  const flagged = new Set<string>();
  for (const account of accountsByDocument(claims)) {
    const totals = account.claims.filter((c) => c.population === "all");
    if (totals.length === 0) continue;
    // With several totals for the day, the largest is the most generous one to test against.
    const total = totals.reduce((big, claim) => (upperBound(claim) > upperBound(big) ? claim : big));
    const ceiling = upperBound(total);
    if (!Number.isFinite(ceiling)) continue;

    const disjointParts = DISJOINT_POPULATIONS.flatMap((population) => {
      const parts = account.claims.filter((c) => c.population === population);
      return parts.length ? [lowestPart(parts)] : [];
    });
    const sum = disjointParts.reduce((acc, claim) => acc + lowerBound(claim), 0);
    const { claimant, metric, asOf } = total;
    const subject = `${possessive(claimant.name)} breakdown of ${countNoun(metric)} on ${formatDay(asOf)} in ${where(account)}`;

    const report = (parts: ReconciledClaim[], explanation: string) => {
      const signature = [total.key, ...parts.map((p) => p.key)].sort().join("\n");
      if (flagged.has(signature)) return;
      flagged.add(signature);
      checks.push({ kind: "breakdown_exceeds_total", metric, explanation, claims: [total, ...parts] });
    };

    if (disjointParts.length > 1 && sum > ceiling) {
      const terms = disjointParts.map((p) => `${populationNoun(p.population)} ${formatNumber(lowerBound(p))}`).join(" + ");
      report(disjointParts, `${subject}: the parts add up to at least ${formatNumber(sum)} (${terms}), more than the total of ${citeClaim(total)}.`);
      continue;
    }
    for (const part of account.claims) {
      if (part.population === "all" || lowerBound(part) <= ceiling) continue;
      report([part], `${subject}: ${populationNoun(part.population)} alone (${citeClaim(part)}) exceed the total of ${citeClaim(total)}.`);
    }
  }
  return checks;
}
