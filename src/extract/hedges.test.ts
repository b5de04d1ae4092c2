import { describe, expect, it } from "vitest";
import { readBounds } from "./hedges.js";
import { findFigures } from "./numbers.js";
import { normaliseForMatching, tokenize } from "./text.js";
import type { Qualifier } from "../domain/claim.js";

function firstBounds(sentence: string) {
  const norm = normaliseForMatching(sentence);
  const tokens = tokenize(norm, 0, norm.length);
  const { qualifier, min, max } = readBounds(tokens, findFigures(tokens), 0);
  return { qualifier, min, max };
}

describe("readBounds", () => {
  it.each<[string, Qualifier, number | null, number | null]>([
    ["646 deaths", "exact", 646, 646],
    ["at least 12,000 people", "at_least", 12000, null],
    ["no fewer than 300 people", "at_least", 300, null],
    ["more than 2,500 dead", "more_than", 2500, null],
    ["the toll surpassed 2,500", "more_than", 2500, null],
    ["arrests have exceeded 10,000", "more_than", 10000, null],
    ["quake toll passes 41,000", "more_than", 41000, null],
    ["about 3,000 people", "approx", 3000, 3000],
    ["nearly 700 people", "approx", 700, 700],
    ["some 36,000 people", "approx", 36000, 36000],
    ["up to 500 people", "up_to", null, 500],
    ["as many as 16,500 people", "up_to", null, 16500],
    ["fewer than 100 civilians", "up_to", null, 100],
    ["between 10,000 and 12,000 people", "range", 10000, 12000],
    ["10,000 to 12,000 people", "range", 10000, 12000],
    ["5,000–7,000 dead", "range", 5000, 7000],
    ["between 1.5 million and 2 million people", "range", 1_500_000, 2_000_000],
    ["hundreds of people", "vague", 200, null],
    ["2,500 or more people", "at_least", 2500, null],
    ["estimates ranged from 2,658 to 3,290 deaths", "range", 2658, 3290],
    ["with a range from 793 to 8,498", "range", 793, 8498],
  ])("%s", (text, qualifier, min, max) => {
    expect(firstBounds(text)).toEqual({ qualifier, min, max });
  });

  it("does not read a change over time as a range", () => {
    expect(firstBounds("the toll rose from 50 to 80").qualifier).toBe("exact");
  });
});

describe("readBounds on a count approaching or passing a mark", () => {
  it.each<[string, Qualifier, number | null, number | null]>([
    ["the toll nears 450", "approx", 450, 450],
    ["the count neared 90", "approx", 90, 90],
    ["deaths would exceed 5,000", "more_than", 5000, null],
    ["it could climb as high as 8,000", "up_to", null, 8000],
    ["between 2 lakh and 3 lakh people", "range", 200_000, 300_000],
  ])("%s", (text, qualifier, min, max) => {
    expect(firstBounds(text)).toEqual({ qualifier, min, max });
  });
});
