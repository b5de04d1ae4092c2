// `tally extract --explain`: every claim of a sample report is printed with one line per field
// naming the stage that decided it; every claim of every sample, held-out and Persian, Arabic and Turkish report is explained,
// and the claims are the same with or without a trace.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { explainReport, extractReport, run } from "../src/cli/extract.js";
import type { ExtractedDocument } from "../src/domain/claim.js";
import { TRACED_FIELDS } from "../src/extract/index.js";

const SAMPLES = join(import.meta.dirname, "..", "samples");
const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith(".txt")).sort();

async function extract(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, stdin: Readable.from([]) });
  return { code, stdout, stderr };
}

describe("tally extract --explain", () => {
  it("prints every claim of a sample with a line per field: the stage, its rule and the words it read", async () => {
    const file = join(SAMPLES, "IRAN-01-first-deaths-reported.txt");
    const json = JSON.parse((await extract(["--json", file])).stdout) as ExtractedDocument;
    const explained = await extract(["--explain", file]);
    expect(explained.code).toBe(0);
    const blocks = explained.stdout.trim().split("\n\n").slice(1);
    expect(blocks).toHaveLength(json.claims.length);
    blocks.forEach((block, i) => {
      const lines = block.split("\n");
      expect(lines[0]).toMatch(new RegExp(`^#${i + 1} ${json.claims[i]!.metric} · `));
      expect(lines[1]).toMatch(/^ {3}sentence "/);
      expect(lines.slice(2).map((line) => line.trim().split(/\s+/)[0])).toEqual([...TRACED_FIELDS]);
    });
    expect(explained.stdout).toContain('bounds: the figure and the hedge around it "at least seven"');
    expect(explained.stdout).toMatch(/claimant +Iranian authorities \(government\) +claimant: an attribution in the sentence .* "Iranian authorities"/);
  });

  it("refuses --json with --explain, naming both flags", async () => {
    const outcome = await extract(["--json", "--explain", join(SAMPLES, SAMPLE_FILES[0]!)]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/--json and --explain cannot be combined/);
  });

  it("explains every field of every claim of every sample, held-out and Persian, Arabic and Turkish report, with the same claims as plain extraction", () => {
    const fixtures = join(SAMPLES, "..", "test", "fixtures");
    const folders = [SAMPLES, join(fixtures, "holdout"), join(fixtures, "holdout2"), join(fixtures, "fa"), join(fixtures, "ar"), join(fixtures, "tr")];
    for (const file of folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith(".txt")).map((f) => join(folder, f)))) {
      const text = readFileSync(file, "utf8");
      const plain = extractReport(text, null);
      const explained = explainReport(text, null);
      expect(explained.claims, file).toEqual(plain.claims);
      expect(explained.explanations).toHaveLength(plain.claims.length);
      for (const { claim, fields } of explained.explanations) {
        expect(fields.map((f) => f.field), file).toEqual([...TRACED_FIELDS]);
        for (const f of fields) {
          expect(f.stage, `${file}: ${f.field} of "${claim.evidence.text.slice(0, 60)}"`).not.toBe("unrecorded");
          if (f.start !== null) expect(text.slice(f.start, f.end!)).toBe(f.words);
        }
      }
    }
  });
});
