import { describe, expect, it } from "vitest";
import { parseIsoDate } from "./dates.js";
import { readDaySections } from "./sections.js";
import { splitLines } from "./sentences.js";
import { normaliseForMatching } from "./text.js";

const published = parseIsoDate("2026-01-14")!;

function sections(text: string): Array<[string, string | null]> {
  const norm = normaliseForMatching(text);
  const lines = splitLines(text);
  const days = readDaySections(norm, lines, published);
  return lines.map((l, i) => [text.slice(l.start, l.end), days[i]!]);
}

describe("day sections", () => {
  it("dates the entries under a day heading until the next heading", () => {
    const text = [
      "How the storm unfolded",
      "14 January 2026",
      "A storm hit the coast this week, and the count of the dead climbed every day as rescuers reached the villages.",
      "Monday 12 January",
      "- The coast guard counts 12 dead.",
      "Tuesday 13 January",
      "- The count reaches 30 dead.",
      "What comes next",
      "Rebuilding will take years, officials said on Wednesday after visiting the worst-hit district.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["How the storm unfolded", null],
      ["14 January 2026", null],
      ["A storm hit the coast this week, and the count of the dead climbed every day as rescuers reached the villages.", null],
      ["Monday 12 January", "2026-01-12"],
      ["- The coast guard counts 12 dead.", "2026-01-12"],
      ["Tuesday 13 January", "2026-01-13"],
      ["- The count reaches 30 dead.", "2026-01-13"],
      ["What comes next", null],
      ["Rebuilding will take years, officials said on Wednesday after visiting the worst-hit district.", null],
    ]);
  });

  it("carries a live blog's day to its time-stamped entries", () => {
    const intro = "Our live coverage of the storm that struck the coast on Monday. All times are local, and entries run newest first.";
    const text = `Storm live\n${intro}\nTUESDAY\n21:10 - The ministry says 30 people have died.\n09:00 - Welcome to our coverage.`;
    expect(sections(text).map(([, day]) => day)).toEqual([null, null, "2026-01-13", "2026-01-13", "2026-01-13"]);
  });

  it("dates a key-figures block headed by the day it holds", () => {
    const intro = "The storm struck the coast on Monday night, and the figures below are the latest that the authorities have published.";
    const text = `Storm update\n${intro}\nKEY FIGURES (as of 12 January)\n40 people killed\nSITUATION\n${intro}`;
    expect(sections(text).map(([, day]) => day)).toEqual([null, null, "2026-01-12", "2026-01-12", null, null]);
  });
});
