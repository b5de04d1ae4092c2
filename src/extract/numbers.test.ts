import { describe, expect, it } from "vitest";
import { findFigures } from "./numbers.js";
import { normaliseForMatching, tokenize } from "./text.js";

function figures(sentence: string): number[] {
  const norm = normaliseForMatching(sentence);
  return findFigures(tokenize(norm, 0, norm.length)).map((f) => f.value);
}

describe("findFigures", () => {
  it.each([
    ["Officials counted 1,204 bodies.", [1204]],
    ["Rescuers pulled 10 000 people from the rubble.", [10000]],
    ["Some 1.5 million people fled.", [1_500_000]],
    ["Twelve children and twenty-five adults died.", [12, 25]],
    ["one hundred and fifty people were arrested", [150]],
    ["a dozen soldiers were wounded", [12]],
    ["the war displaced about a million people", [1_000_000]],
    ["Dozens were hurt and hundreds arrested.", [24, 200]],
    ["tens of thousands have fled", [20_000]],
    ["hundreds of thousands are homeless", [200_000]],
    ["several hundred people were detained", [200]],
    ["AFAD gave the toll as 2 bin 615.", [2615]],
    ["Relief camps now shelter 3.4 lakh people.", [340_000]],
    ["The floods uprooted 2.1 crore people and one lakh cattle.", [21_000_000, 100_000]],
    ["Officials counted 7,42,310 evacuees.", [742_310]],
    ["4,108 people displaced (1)", [4108]],
    ["2.3 million   people in need in Amhara and Afar (2)", [2_300_000]],
    ["The register holds 1,337 names.(4)", [1337]],
    ["Medics put the toll at 61 (3) on Friday.", [61]],
    ["Deaths by county: Tana River (12), Garissa (7) and Wajir (2).", [12, 7, 2]],
    ["The hospital recorded the most deaths (53).", [53]],
    ["Officials said ۲۹٬۸۷۰ people were held.", [29870]],
    ["The Arabic bulletin gave ١٩٣٠ dead.", [1930]],
  ])("reads %s", (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it.each([
    ["In 2024 the crackdown continued."],
    ["The protests began on 28 December."],
    ["Unrest spread on January 8-9 across the country."],
    ["A 26-year-old man was detained."],
    ["He was arrested, aged 31, at his home."],
    ["Arfan Soltani, 26, was sentenced to death."],
    ["Prices rose 40 per cent and 12% more."],
    ["The rial lost $3 against the dollar."],
    ["The state sought Rs 450 crore and Tk 12 lakh in aid."],
    ["Covid-19 wards were full at 10:30 am."],
    ["the 12-day war ended"],
    ["It reached four times the death toll."],
    ["The report was published 2026-01-14."],
    ["The rate killed 0.1 of the herd."],
    ["(2) Provincial health office, 3 March."],
    ["Most were children under the age of five."],
    ["Most were under 16."],
    ["If one assumes the worst, the toll is far higher."],
    ["Situation update No. 14 on the floods"],
    ["The Kobe earthquake in 1995 killed many."],
    ["New deaths were recorded in week 8."],
  ])("finds no count in %s", (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });
});
