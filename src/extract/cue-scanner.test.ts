import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CueScanner } from "./cue-scanner.js";
import { CLAIM_CUES } from "./lexicon/en.js";

/** The regular expression a list of cues stands for, as the lexicon once wrote it. */
function asRegExp(cues: readonly string[]): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    cues
      .map((cue) => {
        const start = cue.startsWith("\\b");
        const end = cue.endsWith("\\b");
        const body = escape(cue.slice(start ? 2 : 0, end ? -2 : undefined)).replace(/#/g, "\\d");
        return `${start ? "\\b" : ""}${body}${end ? "\\b" : ""}`;
      })
      .join("|"),
    "i",
  );
}

describe("CueScanner", () => {
  const scanner = new CueScanner(CLAIM_CUES);
  const regex = asRegExp(CLAIM_CUES);

  it("finds cues inside words, at word ends only where marked, and in any case", () => {
    expect(scanner.test("Dozens were KILLED on Monday")).toBe(true);
    expect(scanner.test("the students studied")).toBe(true); // "died" ends "studied", as the pattern allows
    expect(scanner.test("a listing of names")).toBe(false); // \blist\b
    expect(scanner.test("a list of names")).toBe(true);
    expect(scanner.test("research teams")).toBe(false); // \bsearch
    expect(scanner.test("they surrounded the school")).toBe(false); // \brounded\b
    expect(scanner.test("Kisumu (14)")).toBe(true); // (#
    expect(scanner.test("Kisumu (x)")).toBe(false);
  });

  it("reads a range as a text of its own", () => {
    const text = "listed: a list";
    expect(scanner.test(text, 0, 4)).toBe(true); // "list" ends the range
    expect(scanner.test(text, 0, 6)).toBe(false);
  });

  it("agrees with the regular expression of the same cues on any text", () => {
    const letters = fc.constantFrom(..."abdefghiklmnoprstuvwyKDLIE ()1,'-éİ".split(""));
    const cueParts = fc.constantFrom(...CLAIM_CUES.map((c) => c.replace(/\\b/g, "").replace("#", "4")));
    const text = fc.array(fc.oneof(letters, cueParts, letters), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.nat(30), fc.nat(30), (t, a, b) => {
        const from = Math.min(a, b, t.length);
        const to = Math.min(Math.max(a, b), t.length);
        return scanner.test(t, from, to) === regex.test(t.slice(from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses a cue it cannot scan for", () => {
    expect(() => new CueScanner(["a"])).toThrow(/two or more ASCII/);
    expect(() => new CueScanner(["شهید"])).toThrow(/two or more ASCII/);
  });
});
