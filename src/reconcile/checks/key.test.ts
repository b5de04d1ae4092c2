import { describe, expect, it } from "vitest";
import type { StoredClaim } from "../../store/types.js";
import { reconcile } from "../index.js";
import { storedClaim } from "../stored-claim-fixture.js";
import { CHECK_KEY_PATTERN } from "./key.js";

const said = (claimant: string, min: number, extra: Partial<StoredClaim> = {}) => storedClaim({ metric: "killed", min, claimant, asOf: "2026-01-14", ...extra });
const TODAY = "2026-01-21";
// Iran International's 12,000 stands far above three others; HRANA's count falls from 2,403 to 2,003.
const crisis = () => [
  said("HRANA", 2403, { asOf: "2026-01-13" }),
  said("HRANA", 2003),
  said("Hengaw", 2400),
  said("Iran Human Rights", 3000),
  said("Iran International", 12000, { max: null, qualifier: "at_least" }),
];

describe("check keys", () => {
  it("gives each check a key of its kind, metric and a hash, the same however the claims were stored", () => {
    const first = reconcile(crisis(), { today: TODAY }).checks;
    expect(first.map((c) => c.kind)).toEqual(["cumulative_falls", "outlier"]);
    expect(first.every((c) => CHECK_KEY_PATTERN.test(c.key))).toBe(true);
    expect(first[1]!.key).toMatch(/^outlier-killed-/);
    // Re-ingested: new ids, another order, another outlet carrying the same figures.
    const again = reconcile(crisis().reverse().map((c) => ({ ...c, id: c.id + 1000, documentId: c.documentId + 1000, outlet: "Other Wire" })), { today: TODAY }).checks;
    expect(again.map((c) => c.key).sort()).toEqual(first.map((c) => c.key).sort());
  });

  it("keeps an outlier's key when another claimant's figure arrives, and changes it when the outlier's own figure does", () => {
    const outlierKey = (claims: StoredClaim[]) => reconcile(claims, { today: TODAY }).checks.find((c) => c.kind === "outlier")!.key;
    const before = outlierKey(crisis());
    expect(outlierKey([...crisis(), said("Amnesty", 2600)])).toBe(before);
    expect(outlierKey([...crisis(), said("Iran International", 15000, { max: null, qualifier: "at_least", asOf: "2026-01-15" })])).not.toBe(before);
  });

  it("leaves dismissed checks out of the list and the statement, and lists them apart with the reason", () => {
    const raised = reconcile(crisis(), { today: TODAY });
    const outlier = raised.checks.find((c) => c.kind === "outlier")!;
    expect(raised.summaries[0]!.statement).toContain("2 consistency checks flag these figures");
    const dismissal = { checkKey: outlier.key, reason: "A nationwide toll against local ones", actor: "ana", at: "2026-01-20T10:00:00.000Z" };
    const after = reconcile(crisis(), { today: TODAY, dismissals: [dismissal] });
    expect(after.checks.map((c) => c.kind)).toEqual(["cumulative_falls"]);
    expect(after.summaries[0]!.statement).toContain("1 consistency check flags these figures");
    expect(after.dismissedChecks).toMatchObject([{ key: outlier.key, kind: "outlier", explanation: outlier.explanation, dismissal: { reason: dismissal.reason, actor: "ana", at: dismissal.at } }]);
  });
});
