// Properties every extraction must keep, whatever the text: no crash, evidence that indexes the
// text exactly, ordered bounds, values inside the contract's enums; and no super-linear blow-up
// on adversarial text (each such case must simply finish within vitest's timeout).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES, type ExtractedDocument } from "../domain/claim.js";

function expectContractShape(text: string, result: ExtractedDocument): void {
  for (const claim of result.claims) {
    expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    expect(claim.evidence.start).toBeGreaterThanOrEqual(0);
    expect(claim.evidence.end).toBeLessThanOrEqual(text.length);
    if (claim.min !== null && claim.max !== null) expect(claim.min).toBeLessThanOrEqual(claim.max);
    for (const bound of [claim.min, claim.max]) if (bound !== null) expect(Number.isSafeInteger(bound)).toBe(true);
    expect(METRICS).toContain(claim.metric);
    expect(POPULATIONS).toContain(claim.population);
    expect(QUALIFIERS).toContain(claim.qualifier);
    expect(STATUSES).toContain(claim.status);
    if (claim.claimantKind !== null) expect(CLAIMANT_KINDS).toContain(claim.claimantKind);
    if (claim.asOf !== null) expect(claim.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof claim.mainEvent).toBe("boolean");
  }
}

/** Pieces of report-like text, so random strings often hold figures, hedges and sources. */
const FRAGMENTS = [
  "killed", "dead", "injured", "wounded", "detained", "arrested", "executed", "sentenced to death", "missing", "displaced",
  "at least", "more than", "about", "up to", "between", "and", "to", "-", "–", "hundreds", "dozens", "tens of thousands",
  "nine", "Twelve", "1.5 million", "2 bin 615", "12,000", "2,403", "646", "2026", "26-year-old", "aged 26", "40%", "$5,000",
  "۱۲۳", "۲٬۴۰۳", "٣٤٥", "٢٬٥٠٠", "protesters", "children", "security forces", "civilians", "women",
  "according to", "HRANA", "Amnesty International", "the ministry said", "an official", "rights groups", "confirmed", "estimated",
  "on Tuesday", "yesterday", "last week", "9 January:", "January 13, 2026", "in 2022", "“", "”", '"', "'", "(", ")",
  ". ", ", ", "; ", ": ", "\n", "\n\n", " ", "  ", "\u00a0", "\u200f", "\ufeff", "🙂", "é", "ß",
];

const reportLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 10_000_000 }).map(String)), { maxLength: 80 }).map((parts) => parts.join(" "));
const published = fc.option(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), { nil: undefined });

describe("extractDocument on arbitrary text", () => {
  it("never throws and keeps the contract on report-like text", () => {
    fc.assert(
      fc.property(reportLike, published, (text, date) => {
        expectContractShape(text, extractDocument(text, { published: date }));
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expectContractShape(text, extractDocument(text));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary UTF-16 code units, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expectContractShape(text, extractDocument(text));
      }),
      { numRuns: 300 },
    );
  });

  it("reads Persian and Arabic-Indic digits without crashing", () => {
    const persian = fc.array(fc.constantFrom(..."۰۱۲۳۴۵۶۷۸۹٬,"), { minLength: 1, maxLength: 12 }).map((d) => d.join(""));
    const arabic = fc.array(fc.constantFrom(..."٠١٢٣٤٥٦٧٨٩٬,"), { minLength: 1, maxLength: 12 }).map((d) => d.join(""));
    fc.assert(
      fc.property(fc.oneof(persian, arabic), fc.constantFrom("people were killed", "were arrested", "killed"), (figure, tail) => {
        const text = `Officials said at least ${figure} ${tail} on Monday.`;
        expectContractShape(text, extractDocument(text, { published: "2026-01-14" }));
      }),
      { numRuns: 200 },
    );
  });
});

describe("extractDocument on adversarial text finishes (a time-out here means super-linear matching)", () => {
  const adversarial: Array<[string, () => string]> = [
    ["a run of 200,000 digits", () => `${"7".repeat(200_000)} people were killed.`],
    ["200,000 digits inside a sentence with a trigger", () => `At least ${"9".repeat(200_000)} were killed, the ministry said.`],
    ["thousands of separators", () => `About ${"1,".repeat(20_000)}1 people were killed.`],
    ["separators with spaces and dots", () => `${"1, 1. ".repeat(20_000)} killed`],
    ["unbalanced opening quotes", () => `${'"The ministry said 40 were killed, '.repeat(5_000)}`],
    ["unbalanced curly quotes and brackets", () => `${"“(« 12 killed ".repeat(10_000)}`],
    ["a 1 MB single line of number-like text", () => "12,345.6-7,890 at least 3 million killed 4–5 ".repeat(Math.ceil(1_000_000 / 45)).slice(0, 1_000_000)],
    ["'at least' repeated", () => `${"at least ".repeat(50_000)}5 people were killed.`],
    ["hedges stacked", () => `${"more than about up to between ".repeat(20_000)}10 and 20 were injured.`],
    ["a sentence of 100,000 words with one trigger", () => `${"word ".repeat(100_000)}killed 5 ${"word ".repeat(100_000)}`],
    ["a 1 MB line with no spaces", () => "a1".repeat(500_000)],
    ["many short sentences, each with a figure", () => "Police said 12 were arrested. ".repeat(30_000)],
    ["many attribution chains", () => `${"a source said that ".repeat(20_000)}30 were killed.`],
    ["Persian digits with thousands of separators", () => `${"۱٬".repeat(20_000)}۱ نفر killed`],
  ];
  for (const [what, build] of adversarial) {
    it(`completes on ${what}`, () => {
      const text = build();
      const result = extractDocument(text, { published: "2026-01-14" });
      expectContractShape(text, result);
    });
  }
});
