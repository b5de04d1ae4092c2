import { describe, expect, it } from "vitest";
import { parseIsoDate } from "./dates.js";
import { readFootnotes } from "./footnotes.js";
import { extractDocument } from "./index.js";
import { splitLines } from "./sentences.js";
import { normaliseForMatching } from "./text.js";

const published = parseIsoDate("2026-03-11")!;

function footnotes(text: string) {
  const notes = readFootnotes(text, normaliseForMatching(text), splitLines(text), published);
  return Object.fromEntries([...notes].map(([mark, n]) => [mark, { claimant: n.claimant?.name ?? null, day: n.day }]));
}

describe("footnotes", () => {
  it("reads one note a line, with the day it gives", () => {
    expect(footnotes("(a) Coastal Rescue Service (CRS), as of 9 March, 10:00.\n(b) Recorded by OCHA.")).toEqual({
      a: { claimant: "Coastal Rescue Service", day: "2026-03-09" },
      b: { claimant: "OCHA", day: null },
    });
  });

  it("reads several notes on one line", () => {
    expect(footnotes("(1) Ministry of Water. (2) UNHCR and national authorities.")).toEqual({
      "1": { claimant: "Ministry of Water", day: null },
      "2": { claimant: "UNHCR", day: null },
    });
  });

  it("sources a key figure by the note its marker names", () => {
    const text = "Floods - Flash Update No. 2\n\nKEY FIGURES\n\n40 people killed (1)\n\n(1) Ministry of Water, as of 9 March 2026.";
    const claims = extractDocument(text, { published: "2026-03-11" }).claims;
    expect(claims.map((c) => [c.min, c.claimant, c.asOf])).toEqual([[40, "Ministry of Water", "2026-03-09"]]);
  });
});
