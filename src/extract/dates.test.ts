import { describe, expect, it } from "vitest";
import { dayHeadingDate, findDates, parseIsoDate, resolveDayMonth, timelineDate } from "./dates.js";
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

  it("passes over a relative day that names the event by its possessive", () => {
    expect(dates("the toll from last week's flood rose to 60, officials said on Tuesday")).toEqual([{ iso: "2026-01-13", isStart: false }]);
    expect(dates("yesterday's earthquake killed 12 people")).toEqual([]);
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

  it.each([
    ["Tuesday 13 January", "2026-01-13"],
    ["Saturday, 10 January", "2026-01-10"],
    ["MONDAY", "2026-01-12"],
    ["2-3 January 2026 - Northern Province", "2026-01-03"],
    ["11 January", "2026-01-11"],
  ])("reads the day heading %s as %s", (line, iso) => {
    expect(dayHeadingDate(tokenize(normaliseForMatching(line), 0, line.length), published)).toBe(iso);
  });

  it("does not read a line that says more than a day as a heading", () => {
    for (const line of ["12 January: the ministry counts 40 dead", "Monday was the worst day", "9 people died on Monday"]) {
      expect(dayHeadingDate(tokenize(line, 0, line.length), published)).toBeNull();
    }
  });

  it("lets a since-clause start a period at its own date only", () => {
    expect(dates("The toll since January 2 rose to 40 on Monday")).toEqual([
      { iso: "2026-01-02", isStart: true },
      { iso: "2026-01-12", isStart: false },
    ]);
  });

  it("reads a weekday before a date as that date", () => {
    expect(dates("rescuers have worked since Friday 2 January")).toEqual([{ iso: "2026-01-02", isStart: true }]);
  });

  it("passes over a wire dateline", () => {
    expect(dates("LAGOS, Jan 13 - Twelve people died on Monday")).toEqual([{ iso: "2026-01-12", isStart: false }]);
  });

  it("passes over a day that names an event", () => {
    expect(dates("killed by the 12 January earthquake")).toEqual([]);
    expect(dates("deaths from the earthquakes of 7 January")).toEqual([]);
  });

  it("ends a period at the second day of a range written with a dash", () => {
    expect(findDates(tokenize("Epi week 8: 19 - 25 February 2024", 0, 34), published).at(-1)).toMatchObject({ iso: "2024-02-25", isPeriodEnd: true });
  });

  it("ends a period at the end of a day or a month", () => {
    expect(findDates(tokenize("up to the end of 23 October", 0, 27), published).at(-1)).toMatchObject({ iso: "2025-10-23", isPeriodEnd: true });
    expect(findDates(tokenize("By the end of September, police had", 0, 35), published).at(-1)).toMatchObject({ iso: "2025-09-30", isPeriodEnd: true });
  });

  it("ends a period at the second of two days only after between", () => {
    expect(dates("the floods of 7 and 11 January left 40 dead on 13 January").map((d) => d.iso)).toEqual(["2026-01-11", "2026-01-13"]);
    expect(findDates(tokenize("killed between 7 and 11 January", 0, 32), published).at(-1)?.isPeriodEnd).toBe(true);
    expect(findDates(tokenize("the storms of 7 and 11 January", 0, 31), published).at(-1)?.isPeriodEnd).toBe(false);
  });
});
