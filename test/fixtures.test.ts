// End-to-end check of the extractor against the project's own annotated sample reports
// (samples/*.txt with test/fixtures/expected/*.json), plus the structure of those fixtures.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/extract/index.js";
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../src/extract/types.js";
import { scoreDocuments, type GoldClaim, type GoldDocument, type PredictedClaim } from "./support/score-claims.js";

/** Raised by the lead once the extractor has been measured on this set. */
// Measured 0.966 when this floor was set; the floor guards against regressions, not a target.
const MIN_F1 = 0.93;

const SAMPLES = join(import.meta.dirname, "..", "samples");
const EXPECTED = join(import.meta.dirname, "fixtures", "expected");
const VAGUE_FLOORS = new Set([24, 40, 200, 2000, 20000]);
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;

const expectedNames = readdirSync(EXPECTED).filter((f) => f.endsWith(".json")).map((f) => basename(f, ".json")).sort();
const sampleNames = readdirSync(SAMPLES).filter((f) => f.endsWith(".txt")).map((f) => basename(f, ".txt")).sort();
const readExpected = (name: string) => JSON.parse(readFileSync(join(EXPECTED, `${name}.json`), "utf8")) as GoldDocument;
const readSample = (name: string) => readFileSync(join(SAMPLES, `${name}.txt`), "utf8");

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** The publication day a sample states: a "Published:" header, "date YYYY-MM-DD", "March 3, 2025" or "3 March 2025". */
function statedPublication(text: string): string | null {
  const header = /^Published:\s*(\d{4}-\d\d-\d\d)\s*$/m.exec(text);
  if (header) return header[1]!;
  const iso = /\bdate (\d{4}-\d\d-\d\d)\b/.exec(text);
  if (iso) return iso[1]!;
  const pad = (n: number) => String(n).padStart(2, "0");
  const monthFirst = /^(?:\w+day, )?([A-Z][a-z]+) (\d{1,2}), (\d{4})\s*$/m.exec(text);
  if (monthFirst && MONTHS.includes(monthFirst[1]!.toLowerCase()))
    return `${monthFirst[3]}-${pad(MONTHS.indexOf(monthFirst[1]!.toLowerCase()) + 1)}-${pad(Number(monthFirst[2]))}`;
  const dayFirst = /^(?:\w+day, )?(\d{1,2}) ([A-Z][a-z]+) (\d{4})\s*$/m.exec(text);
  if (dayFirst && MONTHS.includes(dayFirst[2]!.toLowerCase()))
    return `${dayFirst[3]}-${pad(MONTHS.indexOf(dayFirst[2]!.toLowerCase()) + 1)}-${pad(Number(dayFirst[1]))}`;
  return null;
}

describe("sample fixtures are well formed", () => {
  it("pairs every expected file with a sample and every sample with an expected file", () => {
    expect(expectedNames.length).toBeGreaterThanOrEqual(36);
    expect(sampleNames).toEqual(expectedNames);
  });

  it.each(expectedNames)("%s: fields hold contract values and quotes stand in the text", (name) => {
    const expected = readExpected(name);
    const text = readSample(name);
    expect(expected.published).toMatch(ISO_DAY);
    expect(statedPublication(text)).toBe(expected.published);
    for (const claim of expected.claims) {
      const where = `${name}: ${claim.quote}`;
      expect(METRICS, where).toContain(claim.metric);
      expect(POPULATIONS, where).toContain(claim.population);
      expect(QUALIFIERS, where).toContain(claim.qualifier);
      expect(STATUSES, where).toContain(claim.status);
      expect(text.includes(claim.quote), `${where}: quote not in sample`).toBe(true);
      expect(typeof claim.mainEvent, where).toBe("boolean");
      expect(claim.asOf === null || (ISO_DAY.test(claim.asOf) && claim.asOf <= expected.published), where).toBe(true);
      if (claim.claimant === null) expect(claim.claimantKind, where).toBeNull();
      else expect(CLAIMANT_KINDS, where).toContain(claim.claimantKind);
      expect(boundsFitQualifier(claim), `${where}: bounds do not fit ${claim.qualifier}`).toBe(true);
    }
  });
});

function boundsFitQualifier({ qualifier, min, max }: GoldClaim): boolean {
  switch (qualifier) {
    case "exact":
    case "approx":
      return min !== null && min === max;
    case "at_least":
    case "more_than":
      return min !== null && max === null;
    case "up_to":
      return min === null && max !== null;
    case "range":
      return min !== null && max !== null && min < max;
    case "vague":
      return min !== null && VAGUE_FLOORS.has(min) && max === null;
    default:
      return false;
  }
}

describe("the extractor on the sample reports", () => {
  it(`reaches F1 >= ${MIN_F1}`, () => {
    const documents = expectedNames.map((name) => {
      const expected = readExpected(name);
      const extracted = extractDocument(readSample(name), { published: expected.published });
      return { name, gold: expected.claims, predicted: extracted.claims as PredictedClaim[] };
    });
    const score = scoreDocuments(documents);
    const lines = score.perDocument
      .filter((d) => d.missed.length || d.spurious.length || d.wrong.length)
      .flatMap((d) => [
        `${d.name}: gold ${d.gold} predicted ${d.predicted} matched ${d.matched}`,
        ...d.missed.map((m) => `  missed   ${m}`),
        ...d.spurious.map((s) => `  spurious ${s}`),
        ...d.wrong.map((w) => `  wrong    ${w}`),
      ]);
    const accuracy = Object.entries(score.fieldAccuracy)
      .map(([field, share]) => `${field} ${share === null ? "n/a" : share.toFixed(3)}`)
      .join(" ");
    console.log(
      [...lines, `fixtures: gold ${score.gold} predicted ${score.predicted} matched ${score.matched} | ` +
        `precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} | ${accuracy}`].join("\n"),
    );
    expect(score.f1).toBeGreaterThanOrEqual(MIN_F1);
  });
});

describe("the fixture scorer", () => {
  const gold: GoldClaim = {
    metric: "killed", population: "protesters", min: 2403, max: 2403, qualifier: "exact",
    claimant: "HRANA", claimantAliases: ["Human Rights Activists News Agency"], claimantKind: "ngo",
    status: "reported", asOf: "2026-01-14", mainEvent: true, quote: "2,403 of the dead were protesters",
  };
  const predicted = (overrides: Partial<PredictedClaim>): PredictedClaim => ({
    metric: "killed", population: "protesters", min: 2403, max: 2403, qualifier: "exact",
    claimant: "the Human Rights Activists News Agency", claimantKind: "ngo", status: "reported",
    asOf: "2026-01-14", mainEvent: true, ...overrides,
  });

  it("matches on metric and bounds and scores the other fields", () => {
    const score = scoreDocuments([{ name: "d", gold: [gold], predicted: [predicted({ population: "all", asOf: "2026-01-13" })] }]);
    expect(score.f1).toBe(1);
    expect(score.fieldAccuracy.population).toBe(0);
    expect(score.fieldAccuracy.asOf).toBe(0);
    expect(score.fieldAccuracy.claimant).toBe(1);
  });

  it("counts other bounds as one miss and one spurious claim, and ignores non-contract metrics", () => {
    const other = { ...predicted({ min: 2404, max: 2404 }) };
    const foreign = { ...predicted({}), metric: "arrested_cities" as never };
    const score = scoreDocuments([{ name: "d", gold: [gold], predicted: [other, foreign] }]);
    expect(score).toMatchObject({ gold: 1, predicted: 1, matched: 0, precision: 0, recall: 0, f1: 0 });
    expect(score.perDocument[0]!.missed).toHaveLength(1);
    expect(score.perDocument[0]!.spurious).toHaveLength(1);
  });

  it("leaves asOf unscored for claims outside the main event", () => {
    const aside = { ...gold, mainEvent: false, asOf: "2022-12-31" };
    const score = scoreDocuments([{ name: "d", gold: [aside], predicted: [predicted({ mainEvent: false, asOf: null })] }]);
    expect(score.fieldAccuracy.asOf).toBeNull();
    expect(score.fieldAccuracy.mainEvent).toBe(1);
  });
});
