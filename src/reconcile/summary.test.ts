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

  it("gives each claimant's latest figure, the verified floor, the highest reported figure and the highest estimate", () => {
    expect(summaries.map((s) => s.metric)).toEqual(["killed"]);
    expect(summary!.latest.map((c) => `${c.claimant.name} ${c.min} ${c.asOf}`)).toEqual([
      "Iran International 12000 2026-01-13",
      "Unnamed sources 10000 2026-01-14",
      "HRANA 2571 2026-01-14",
      "Iranian officials 2000 2026-01-21",
    ]);
    expect(summary!.verifiedFloor).toMatchObject({ value: 2003, claim: { claimant: { name: "HRANA" }, status: "verified" } });
    expect(summary!.highestEstimate).toMatchObject({ value: 12000, figure: "at least 12,000", claim: { claimant: { name: "Iran International" }, status: "estimate" } });
    // A reported figure is never the highest estimate: the official's "about 3,000" is the highest reported one.
    expect(summary!.highestReported).toMatchObject({ value: 3000, claim: { claimant: { name: "Iranian officials" }, status: "reported" } });
    expect(summary!.asOf).toBe("2026-01-21");
    expect(summary!.spread).toEqual({ absolute: 9997, ratio: 12000 / 2003 });
  });

  it("says where the count stands, every figure sourced", () => {
    expect(summary!.statement).toBe(
      "As of 21 January 2026 (today), the highest verified count of people killed is 2,003 (HRANA, verified, 14 January). " +
        "The highest reported figure is 3,000 (Iranian officials, about, 13 January); the highest estimate is 12,000 (Iran International, at least, estimate, 13 January). " +
        "The gap between the verified floor and the highest figure is 9,997 (6.0×). " +
        "4 sources disagree: their latest figures run from 2,000 (Iranian officials, 21 January) to 12,000 (Iran International, at least, estimate, 13 January). " +
        "1 consistency check flags these figures.",
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
    expect(only!.statement).toBe("As of 9 January 2026 (yesterday), no count of people killed has been verified. The highest reported figure is 65 (CNN, 9 January). Only one source (CNN) gives a figure.");
    expect(only!.highestEstimate).toBeNull();
  });
});

describe("standing summary per population", () => {
  // El Fasher as the samples tell it: the UN verified a count of civilians, no one verified a count of everyone.
  const said = (population: StoredClaim["population"], min: number | null, claimant: string, asOf: string, extra: Partial<StoredClaim> = {}) =>
    storedClaim({ metric: "killed", population, min, claimant, asOf, ...extra });
  const elFasher: StoredClaim[] = [
    said("civilians", 1614, "OHCHR", "2025-10-28", { status: "verified", claimantKind: "intergovernmental" }),
    said("civilians", 1600, "OHCHR", "2025-11-18", { max: null, qualifier: "more_than", status: "verified" }),
    said("civilians", 1350, "OHCHR", "2025-11-11", { max: null, qualifier: "at_least", status: "under_review" }),
    said("civilians", 2000, "Sudanese Armed Forces", "2025-10-30", { max: null, qualifier: "more_than" }),
    said("women", 87, "a regional women's rights network", "2025-10-30", { status: "verified" }),
    said("all", 1500, "Sudan Doctors Network", "2025-10-31", { max: null, qualifier: "at_least" }),
    said("all", 20000, "United Nations", "2025-11-12", { max: null, qualifier: "vague", status: "estimate" }),
    said("all", 200, "Volker Türk", "2025-11-18", { max: null, qualifier: "vague", status: "under_review" }),
  ];
  const [summary] = reconcile(elFasher, { today: "2026-11-30" }).summaries;

  it("takes the highest verified count of any part as the floor for the whole, naming the part", () => {
    expect(summary!.verifiedFloor).toMatchObject({ value: 1614, population: "civilians", claim: { claimant: { name: "OHCHR" }, asOf: "2025-10-28" } });
    expect(summary!.statement).toContain("the verified floor for people killed is at least 1,614 (civilians, OHCHR, verified, 28 October 2025)");
    expect(summary!.statement).not.toMatch(/no count .* verified/);
  });

  it("gives a row per population with its verified, under-review, reported and estimated figures", () => {
    expect(summary!.populations.map((p) => p.population)).toEqual(["civilians", "women"]);
    const [civilians, women] = summary!.populations;
    expect([civilians!.verified?.value, civilians!.underReview?.value, civilians!.highestReported?.value, civilians!.highestEstimate]).toEqual([1614, 1350, 2000, null]);
    expect(women!.verified).toMatchObject({ value: 87, population: "women" });
    expect(summary!.underReview).toMatchObject({ figure: "hundreds", claim: { claimant: { name: "Volker Türk" } } });
    expect(summary!.highestReported?.claim.claimant.name).toBe("Sudan Doctors Network");
    expect(summary!.highestEstimate).toMatchObject({ figure: "tens of thousands", claim: { status: "estimate" } });
  });

  it("dates the summary by its newest claim, with its age, never by today", () => {
    expect(summary!.asOf).toBe("2025-11-18");
    expect(summary!.statement.startsWith("As of 18 November 2025 (over a year ago), ")).toBe(true);
    expect(summary!.statement).not.toContain("30 November 2026");
    // "tens of thousands" has no number to subtract from: no gap is computed against its stand-in.
    expect(summary!.spread).toBeNull();
  });

  it("adds parts only when they are disjoint parts of one claimant's breakdown of one day", () => {
    const document = { documentId: 900 };
    const breakdown = [
      said("civilians", 1000, "OHCHR", "2025-10-28", { status: "verified", ...document }),
      said("security_forces", 250, "OHCHR", "2025-10-28", { status: "verified", ...document }),
      said("children", 400, "OHCHR", "2025-10-28", { status: "verified", ...document }),
      said("protesters", 900, "Another monitor", "2025-10-28", { status: "verified", documentId: 901 }),
    ];
    const [added] = reconcile(breakdown, { today: "2025-11-01" }).summaries;
    // civilians + security forces of one breakdown: 1,250; children overlap civilians, another monitor's protesters are another count.
    expect(added!.verifiedFloor).toMatchObject({ value: 1250, parts: [{ population: "civilians", value: 1000 }, { population: "security_forces", value: 250 }] });
    expect(added!.statement).toContain("the verified floor for people killed is at least 1,250 (civilians 1,000 + security forces 250, OHCHR, verified, 28 October)");
    const [apart] = reconcile(breakdown.map((c, i) => ({ ...c, documentId: 910 + i })), { today: "2025-11-01" }).summaries;
    expect(apart!.verifiedFloor).toMatchObject({ value: 1000, population: "civilians" });
  });

  it("keeps the whole's own verified count when no part is higher", () => {
    const [own] = reconcile([said("all", 3000, "HRANA", "2026-01-14", { status: "verified" }), said("children", 200, "HRANA", "2026-01-14", { status: "verified" })], { today: "2026-01-20" }).summaries;
    expect(own!.verifiedFloor).toMatchObject({ value: 3000, population: "all" });
    expect(own!.statement).toBe(
      "As of 14 January 2026 (6 days ago), the highest verified count of people killed is 3,000 (HRANA, verified, 14 January). No reported figure or estimate goes higher. Only one source (HRANA) gives a figure.",
    );
  });
});

describe("spread", () => {
  it("is given only when a reported figure or estimate is above the verified floor", () => {
    const claims = [storedClaim({ metric: "killed", min: 2003, claimant: "HRANA", status: "verified", asOf: "2026-01-14" }), storedClaim({ metric: "killed", min: 2000, claimant: "Iranian officials", asOf: "2026-01-21" })];
    expect(reconcile(claims, { today: "2026-01-21" }).summaries[0]!.spread).toBeNull();
  });
});
