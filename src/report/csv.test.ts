import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv.js";

describe("csv", () => {
  it("quotes per RFC 4180", () => {
    expect(toCsv([["a", 'say "hi"', "x,y", "two\nlines", null, 12]])).toBe('a,"say ""hi""","x,y","two\nlines",,12\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas, but not numbers", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(["+1", "-12 dead in clashes", "@SUM(A1)", "\tx", "\rx"].map(csvField)).toEqual(["'+1", "'-12 dead in clashes", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
    expect(csvField(-5)).toBe("-5");
    expect(csvField("2,003 killed")).toBe('"2,003 killed"');
  });
});
