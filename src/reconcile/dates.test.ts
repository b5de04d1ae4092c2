import { describe, expect, it } from "vitest";
import { ageOf, daysBetween, formatDay, latestReportWords } from "./dates.js";

describe("days", () => {
  it("says a day with its year unless today's year is the same", () => {
    expect(formatDay("2026-01-14")).toBe("14 January 2026");
    expect(formatDay("2026-01-14", "2026-03-01")).toBe("14 January");
    expect(formatDay(null)).toBe("undated");
  });

  it("says how old a day is next to today", () => {
    const today = "2026-11-30";
    expect(daysBetween("2026-11-27", today)).toBe(3);
    expect(
      ["2026-11-30", "2026-11-29", "2026-11-27", "2026-11-16", "2026-10-01", "2026-02-04", "2025-11-18", "2023-02-06"].map((day) => ageOf(day, today)),
    ).toEqual(["today", "yesterday", "3 days ago", "2 weeks ago", "2 months ago", "10 months ago", "over a year ago", "over 3 years ago"]);
    // Across a month's end and a leap day, counted in days, not in calendar fields.
    expect(ageOf("2024-02-28", "2024-03-01")).toBe("2 days ago");
  });

  it("names the latest report and its age, never today's date", () => {
    expect(latestReportWords("2026-02-04", "2026-11-30")).toBe("latest report 4 February 2026, 10 months ago");
    expect(latestReportWords(null, "2026-11-30")).toBe("no dated report");
  });
});
