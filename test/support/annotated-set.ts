// One way to check an annotated set of reports (NAME.txt beside NAME.json in the gold shape):
// the annotations are well formed, and the extractor scores at least a floor on them, with
// every miss printed. The sample, holdout and second holdout sets all run through it.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { CLAIMANT_KINDS, METRICS, POPULATIONS, QUALIFIERS, STATUSES } from "../../src/domain/claim.js";
import { nativePublication } from "./native-date-lines.js";
import { scoreDocuments, type GoldClaim, type GoldDocument, type PredictedClaim } from "./score-claims.js";

export interface AnnotatedSet {
  /** Shown in test names and the printed score line. */
  label: string;
  /** Folder of NAME.txt reports. */
  texts: string;
  /** Folder of NAME.json expected claims (may be the same folder). */
  gold: string;
  minReports: number;
  /** Regression floor for the extractor's F1 on this set. */
  minF1: number;
}

const VAGUE_FLOORS = new Set([24, 40, 200, 2000, 20000]);
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");
const monthNumber = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/**
 * The publication day a report states on a line of its own: a "Published:" header,
 * "date YYYY-MM-DD", or a day written "March 3, 2025" / "3 March 2025" (month names may be
 * abbreviated, a weekday may lead, a time may follow); failing those, a Persian, Arabic or Turkish
 * date line (Solar Hijri, Hijri or Gregorian, see native-date-lines.ts).
 */
export function statedPublication(text: string): string | null {
  const header = /^Published:\s*(\d{4}-\d\d-\d\d)\s*$/m.exec(text);
  if (header) return header[1]!;
  const iso = /\bdate (\d{4}-\d\d-\d\d)\b/.exec(text);
  if (iso) return iso[1]!;
  const lead = String.raw`^(?:(?:Posted|Updated|Published)\s+)?(?:\w+day,?\s+)?`;
  const tail = String.raw`(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?)?\s*$`;
  const monthFirst = new RegExp(`${lead}([A-Z][a-z]+)\\.? (\\d{1,2}),? (\\d{4})${tail}`, "m").exec(text);
  if (monthFirst && monthNumber(monthFirst[1]!) > 0) return `${monthFirst[3]}-${pad(monthNumber(monthFirst[1]!))}-${pad(Number(monthFirst[2]))}`;
  const dayFirst = new RegExp(`${lead}(\\d{1,2}) ([A-Z][a-z]+)\\.?,? (\\d{4})${tail}`, "m").exec(text);
  if (dayFirst && monthNumber(dayFirst[2]!) > 0) return `${dayFirst[3]}-${pad(monthNumber(dayFirst[2]!))}-${pad(Number(dayFirst[1]))}`;
  return nativePublication(text);
}

export function boundsFitQualifier({ qualifier, min, max }: GoldClaim): boolean {
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

/** Registers the structure tests and the extractor's score test for one annotated set. */
export function describeAnnotatedSet(set: AnnotatedSet): void {
  const names = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => basename(f, ext)).sort();
  const goldNames = names(set.gold, ".json");
  const textNames = names(set.texts, ".txt");
  const readGold = (name: string) => JSON.parse(readFileSync(join(set.gold, `${name}.json`), "utf8")) as GoldDocument;
  const readText = (name: string) => readFileSync(join(set.texts, `${name}.txt`), "utf8");

  describe(`${set.label}: annotations are well formed`, () => {
    it(`pairs every report with its expected claims, ${set.minReports} reports or more`, () => {
      expect(goldNames.length).toBeGreaterThanOrEqual(set.minReports);
      expect(textNames).toEqual(goldNames);
    });

    it.each(goldNames)("%s: fields hold contract values and quotes stand in the text", (name) => {
      const gold = readGold(name);
      const text = readText(name);
      expect(gold.published).toMatch(ISO_DAY);
      expect(statedPublication(text), `${name}: date line`).toBe(gold.published);
      for (const claim of gold.claims) {
        const where = `${name}: ${claim.quote}`;
        expect(METRICS, where).toContain(claim.metric);
        expect(POPULATIONS, where).toContain(claim.population);
        expect(QUALIFIERS, where).toContain(claim.qualifier);
        expect(STATUSES, where).toContain(claim.status);
        expect(text.includes(claim.quote), `${where}: quote not in the report`).toBe(true);
        expect(typeof claim.mainEvent, where).toBe("boolean");
        expect(claim.asOf === null || (ISO_DAY.test(claim.asOf) && claim.asOf <= gold.published), where).toBe(true);
        if (claim.claimant === null) expect(claim.claimantKind, where).toBeNull();
        else expect(CLAIMANT_KINDS, where).toContain(claim.claimantKind);
        expect(boundsFitQualifier(claim), `${where}: bounds do not fit ${claim.qualifier}`).toBe(true);
      }
    });
  });

  describe(`${set.label}: the extractor`, () => {
    it(`reaches F1 >= ${set.minF1}`, () => {
      const documents = goldNames.map((name) => {
        const gold = readGold(name);
        const extracted = extractDocument(readText(name), { published: gold.published });
        return { name, gold: gold.claims, predicted: extracted.claims as PredictedClaim[] };
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
        [
          ...lines,
          `${set.label}: ${documents.length} reports, gold ${score.gold} predicted ${score.predicted} matched ${score.matched} | ` +
            `precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} | ${accuracy}`,
        ].join("\n"),
      );
      expect(score.f1).toBeGreaterThanOrEqual(set.minF1);
    });
  });
}
