import { describe, expect, it } from "vitest";
import { findDates, parseIsoDate, resolveDayMonth, timelineDate } from "./dates.js";
import { normaliseForMatching, tokenize } from "./text.js";

const published = parseIsoDate("2026-01-14")!; // a Wednesday

function dates(sentence: string) {
  const norm = normaliseForMatching(sentence);
  return findDates(tokenize(norm, 0, norm.length), published).map((d) => ({ iso: d.iso, isStart: d.isStart }));
}

describe("dates", () => {
  it("takes a year-less date to the year on or before publication", () => {
    expect(resolveDayMonth(9, 1, published)).toBe("2026-01-09");
    expect(resolveDayMonth(28, 12, published)).toBe("2025-12-28");
  });

  it.each([
    ["The group said on Tuesday that", "2026-01-13"],
    ["numbers climbed early on Wednesday", "2026-01-14"],
    ["officials said yesterday", "2026-01-13"],
    ["the ministry said last week", "2026-01-07"],
    ["as of 9 January", "2026-01-09"],
    ["on January 12, 2026", "2026-01-12"],
    ["by Jan. 11", "2026-01-11"],
    ["over the weekend", "2026-01-11"],
  ])("%s → %s", (sentence, iso) => {
    expect(dates(sentence)[0]?.iso).toBe(iso);
  });

  it("marks a date that opens a period as a start", () => {
    expect(dates("Since the protests began on 28 December, 500 died")).toEqual([{ iso: "2025-12-28", isStart: true }]);
    expect(dates("killed between 25 and 28 October").at(-1)).toEqual({ iso: "2025-10-28", isStart: false });
  });

  it("reads a timeline entry's date", () => {
    const line = "9 January: Iran ramps up its threats";
    expect(timelineDate(tokenize(line, 0, line.length), published)).toBe("2026-01-09");
    const prose = "9 people died on Monday";
    expect(timelineDate(tokenize(prose, 0, prose.length), published)).toBeNull();
  });
});
