import { describe, expect, it } from "vitest";
import type { StoredClaim } from "../store/types.js";
import { reconcile } from "./index.js";
import { storedClaim } from "./stored-claim-fixture.js";

// One crisis as several outlets told it (figures in the spirit of January 2026 in Iran).
const killed = (min: number | null, claimant: string | null, asOf: string, extra: Partial<StoredClaim> = {}) =>
  storedClaim({ metric: "killed", min, claimant, asOf, ...extra });
const crisis: StoredClaim[] = [
  killed(646, "HRANA", "2026-01-13", { status: "verified", claimantKind: "ngo", outlet: "Wire A" }),
  killed(12000, "Iran International", "2026-01-13", { max: null, qualifier: "at_least", claimantKind: "opposition", status: "estimate", outlet: "Paper B" }),
  killed(3000, "an Iranian official", "2026-01-13", { qualifier: "approx", claimantKind: "government", outlet: "Paper B" }),
  killed(2003, "Human Rights Activists News Agency", "2026-01-14", { status: "verified", claimantKind: "ngo", outlet: "Site C" }),
  killed(2571, "HRANA", "2026-01-14", { max: null, qualifier: "at_least", claimantKind: "ngo", outlet: "Wire A" }),
  killed(10000, "a reliable source", "2026-01-14", { max: 12000, qualifier: "range", claimantKind: "anonymous", status: "estimate", outlet: "Paper B" }),
  killed(2000, "Iranian authorities", "2026-01-21", { claimantKind: "government", outlet: "Daily D" }),
  killed(99999, "HRANA", "2026-01-14", { reviewState: "rejected" }),
  killed(5000, "Hengaw", "2026-01-25", { claimantKind: "ngo" }),
  killed(4000, "Amnesty", "2026-01-20", { claimantKind: "ngo", published: "2026-01-30" }),
];

describe("standing summary", () => {
  const { summaries, checks } = reconcile(crisis, { today: "2026-01-21" });
  const [summary] = summaries;

  it("gives each claimant's latest figure, the verified floor and the highest estimate", () => {
    expect(summaries.map((s) => s.metric)).toEqual(["killed"]);
    expect(summary!.latest.map((c) => `${c.claimant.name} ${c.min} ${c.asOf}`)).toEqual([
      "Iran International 12000 2026-01-13",
      "Unnamed sources 10000 2026-01-14",
      "HRANA 2571 2026-01-14",
      "Iranian officials 2000 2026-01-21",
    ]);
    expect(summary!.verifiedFloor).toMatchObject({ value: 2003, claim: { claimant: { name: "HRANA" }, status: "verified" } });
    expect(summary!.highestEstimate).toMatchObject({ value: 12000, claim: { claimant: { name: "Iran International" } } });
    expect(summary!.spread).toEqual({ absolute: 9997, ratio: 12000 / 2003 });
  });

  it("says where the count stands, every figure sourced", () => {
    expect(summary!.statement).toBe(
      "As of 21 January 2026, the highest verified count of people killed is 2,003 (HRANA, verified, 14 January); " +
        "estimates range up to 12,000 (Iran International, at least, estimate, 13 January). The gap between them is 9,997 (6.0×). " +
        "4 sources disagree: their latest figures run from 2,000 (Iranian officials, 21 January) to 12,000 (Iran International, at least, estimate, 13 January). " +
        `${checks.length} consistency checks flag these figures.`,
    );
    expect(checks.map((c) => c.kind)).toContain("cumulative_falls");
  });

  it("leaves out figures dated after today and says so when nothing is known", () => {
    expect(summary!.latest.some((c) => c.claimant.name === "Hengaw" || c.claimant.name === "Amnesty International")).toBe(false);
    const [empty] = reconcile(crisis, { today: "2026-01-01", metrics: ["killed"] }).summaries;
    expect(empty!.statement).toBe("As of 1 January 2026, no source has given a count of people killed.");
  });

  it("speaks of an unverified count plainly", () => {
    const [only] = reconcile([killed(65, null, "2026-01-09", { outlet: "CNN" })], { today: "2026-01-10" }).summaries;
    expect(only!.statement).toBe("As of 10 January 2026, no count of people killed has been verified; estimates range up to 65 (CNN, 9 January). Only one source (CNN) gives a figure.");
  });
});
