import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";

const PUBLISHED = "2026-03-11";

function found(text: string) {
  return extractDocument(text, { published: PUBLISHED }).claims.map((c) => [c.min, c.asOf]);
}

describe("a period fronting a sentence", () => {
  it("dates the sentence's own figures by its end, however long the period's clause", () => {
    const text = "Between 3 January 2025 and 14 February 2026, the health ministry recorded 812 deaths from the outbreak.";
    expect(found(text)).toEqual([[812, "2026-02-14"]]);
  });

  it("dates the paragraph's figures after it, even when the sentence itself counts no one", () => {
    const text = "Between 1 and 28 February, our monitors documented 900 incidents of violence against protesters. Among them are 31 killings and 240 arbitrary arrests.";
    expect(found(text)).toEqual([
      [31, "2026-02-28"],
      [240, "2026-02-28"],
    ]);
  });

  it("does not reach into the next paragraph's own speech", () => {
    const text = "Between 1 and 28 February, our monitors documented 900 incidents.\n\nOn Tuesday the ministry said 12 people had been killed.";
    expect(found(text)).toEqual([[12, "2026-03-10"]]);
  });
});
