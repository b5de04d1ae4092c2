// `tally report` and `tally export` follow what analysts curated on the dashboard: a dismissed check is
// not counted (and is listed as dismissed), a claimant marked not a source is unattributed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as exportCommand } from "../src/cli/export.js";
import { run as reportCommand } from "../src/cli/report.js";
import { knownClaimants, loadAllClaims } from "../src/store/load.js";
import type { CliIo } from "../src/report/open-store.js";
import { buildReportView } from "../src/views/report-view.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";

/** Runs a command on the store (kept open for the next command), returning what it printed. */
async function output(command: (args: string[], io: CliIo) => Promise<number>, args: string[], store: Store): Promise<string> {
  let stdout = "";
  const io: CliIo = { openStore: async () => ({ ...store, close: async () => undefined }), stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } };
  expect(await command(args, io)).toBe(0);
  return stdout;
}

describe("report and export after curation", () => {
  let store: Store;
  let dismissedKey: string;
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["SUDAN"] });
    const view = buildReportView(await loadAllClaims(store, { eventId: 1 }), { event: { id: 1, name: "SUDAN sample crisis" }, today: "2026-03-01" }, await knownClaimants(store));
    const check = view.checks.find((c) => c.metric === "displaced")!;
    dismissedKey = check.key;
    await store.curation.dismissCheck({ checkKey: check.key, eventId: 1, kind: check.kind, metric: check.metric, explanation: check.explanation, reason: "Country-wide against local" }, "ana");
    await store.curation.editClaimant({ claimantKey: "named:office", claimantName: "office", action: "not_a_source", intoKey: null, intoName: null, intoKind: null, newName: null, reason: "A common noun" }, "ana");
  }, 60_000);
  afterAll(() => store?.close());

  it("leaves the dismissed check out of the report's checks and lists it as dismissed", async () => {
    const [view] = JSON.parse(await output(reportCommand, ["--event", "1", "--as-of", "2026-03-01", "--json"], store));
    expect(view.checks.map((c: { key: string }) => c.key)).not.toContain(dismissedKey);
    expect(view.dismissedChecks).toEqual([expect.objectContaining({ key: dismissedKey, dismissal: expect.objectContaining({ reason: "Country-wide against local", actor: "ana" }) })]);
    const detained = view.summaries.find((s: { metric: string }) => s.metric === "detained");
    expect(detained.verifiedFloor.claim).toMatchObject({ unattributed: true, claimant: { name: "Outlet SUDAN" } });
  });

  it("exports the claims of a claimant marked not a source under the outlet", async () => {
    const { claims } = JSON.parse(await output(exportCommand, ["--format", "json", "--event", "1"], store));
    const office = claims.filter((c: { claimant: string | null }) => c.claimant === "office");
    expect(office.length).toBeGreaterThan(0);
    expect(office.every((c: { claimantCanonical: string }) => c.claimantCanonical === "Outlet SUDAN")).toBe(true);
  });
});
