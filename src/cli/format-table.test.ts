import { describe, expect, it } from "vitest";
import type { Claim } from "../domain/claim.js";
import { excerptEvidence, formatDocumentTable, formatFigure } from "./format-table.js";

const claim = (overrides: Partial<Claim> = {}): Claim => ({
  metric: "killed",
  population: "all",
  min: 41,
  max: 41,
  qualifier: "exact",
  claimant: "the disaster agency",
  claimantKind: "government",
  status: "reported",
  asOf: "2025-03-04",
  mainEvent: true,
  evidence: { text: "The disaster agency said 41 people were killed.", start: 0, end: 47 },
  ...overrides,
});

describe("formatFigure", () => {
  const cases: Array<[Partial<Claim>, string]> = [
    [{ min: 2403, max: 2403, qualifier: "exact" }, "2,403"],
    [{ min: 12000, max: null, qualifier: "at_least" }, "≥ 12,000"],
    [{ min: 2500, max: null, qualifier: "more_than" }, "> 2,500"],
    [{ min: 3000, max: 3000, qualifier: "approx" }, "~3,000"],
    [{ min: null, max: 500, qualifier: "up_to" }, "≤ 500"],
    [{ min: 10000, max: 12000, qualifier: "range" }, "10,000–12,000"],
    [{ min: 200, max: null, qualifier: "vague" }, "hundreds (≥200)"],
    [{ min: 20000, max: null, qualifier: "vague" }, "tens of thousands (≥20,000)"],
    [{ min: 7, max: null, qualifier: "vague" }, "vague (≥7)"],
  ];
  for (const [bounds, expected] of cases) {
    it(`prints ${expected}`, () => expect(formatFigure(claim(bounds))).toBe(expected));
  }
});

describe("excerptEvidence", () => {
  it("keeps a short sentence whole, on one line", () => {
    expect(excerptEvidence(claim({ evidence: { text: "Nine were\nhurt.", start: 0, end: 15 } }), 40)).toBe("Nine were hurt.");
  });

  it("cuts a long sentence at a word and marks the cut", () => {
    const text = "The agency said 41 people were killed when the river broke its banks overnight and swept through the lower town.";
    const excerpt = excerptEvidence(claim({ evidence: { text, start: 0, end: text.length } }), 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt).toMatch(/^The agency said 41 people were killed when the\S*…$/);
  });

  it("moves the window to keep a late figure in view", () => {
    const text = `${"Residents who returned to the lower town on Tuesday described streets of mud, and ".repeat(2)}officials said 2,403 people had died.`;
    const excerpt = excerptEvidence(claim({ min: 2403, max: 2403, evidence: { text, start: 0, end: text.length } }), 60);
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt).toContain("2,403");
    expect(excerpt.length).toBeLessThanOrEqual(60);
  });
});

describe("formatDocumentTable", () => {
  const document = { title: "River floods the town", published: "2025-03-04", outlet: "Valley Post", language: "en" };

  it("prints metadata, a header row and one row per claim", () => {
    const table = formatDocumentTable("flood.txt", { document, claims: [claim(), claim({ metric: "injured", min: 120, max: 120, mainEvent: false })] });
    const lines = table.split("\n");
    expect(lines[0]).toBe("flood.txt");
    expect(lines[1]).toBe("  title: River floods the town   published: 2025-03-04   outlet: Valley Post");
    expect(lines[2]).toBe("  2 claims");
    expect(lines[4]).toMatch(/^ {2}metric +population +figure +status +claimant +as of +evidence$/);
    expect(lines[5]).toMatch(/^ {2}killed +all +41 +reported +the disaster agency +2025-03-04 +The disaster agency said 41 people were killed\.$/);
    expect(lines[6]).toMatch(/120 \*/);
    expect(table).toContain("* about another event or period");
  });

  it("says so when there are no claims", () => {
    expect(formatDocumentTable("quiet.txt", { document, claims: [] })).toContain("no casualty claims found");
  });
});
