import { describe, expect, it } from "vitest";
import { storedClaim } from "../reconcile/stored-claim-fixture.js";
import { claimsToCsv, claimsToJson, CSV_COLUMNS, exportClaims } from "./export.js";

const claims = [
  storedClaim({ id: 1, metric: "killed", min: 12000, max: null, qualifier: "at_least", claimant: "U.S.-based HRANA", claimantKind: "ngo", asOf: "2026-01-13", outlet: "Paper, B", documentTitle: 'The "toll"', evidence: { text: "-12,000 at least, the group said", start: 5, end: 37 } }),
  storedClaim({ id: 2, metric: "killed", min: 646, claimant: null, asOf: "2026-01-13", outlet: "=cmd|' /C calc'!A0" }),
];

describe("claim export", () => {
  const exported = exportClaims(claims);

  it("carries the evidence, the document and the canonical claimant", () => {
    expect(exported[0]).toMatchObject({ figure: "at least 12,000", claimant: "U.S.-based HRANA", claimantCanonical: "HRANA", document: { title: 'The "toll"', outlet: "Paper, B" } });
    expect(JSON.parse(claimsToJson(exported, [])).claims[0].evidence).toEqual({ text: "-12,000 at least, the group said", start: 5, end: 37 });
  });

  it("writes CSV with an HXL row and neutralised formulas", () => {
    const lines = claimsToCsv(exported, { hxl: true }).split("\r\n");
    expect(lines[0]!.split(",")).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(lines[1]).toContain("#affected+killed+min,#affected+killed+max");
    expect(lines[1]).toContain("#org+claimant,#org+claimant+canonical");
    expect(lines[2]).toContain(`"'-12,000 at least, the group said",5,37`);
    expect(lines[2]).toContain(`"The ""toll""","Paper, B"`);
    expect(lines[3]).toContain(`'=cmd|' /C calc'!A0`);
    expect(lines).toHaveLength(5);
  });

  it("leaves the metric attribute off when rows mix metrics", () => {
    const mixed = exportClaims([...claims, storedClaim({ metric: "detained", min: 10600 })]);
    expect(claimsToCsv(mixed, { hxl: true }).split("\r\n")[1]).toContain("#affected+min,#affected+max");
  });
});
