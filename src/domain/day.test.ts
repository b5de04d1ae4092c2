import { describe, expect, it } from "vitest";
import { daySchema } from "./day-schema.js";
import { dayProblem, isDay } from "./day.js";

describe("days", () => {
  it("accepts real calendar days, leap days included", () => {
    for (const day of ["2026-01-14", "2024-02-29", "2000-02-29", "1999-12-31"]) expect(isDay(day), day).toBe(true);
  });

  it("refuses impossible days with the reason", () => {
    expect(dayProblem("2026-02-30")).toBe("day 30 does not exist in 2026-02 (01–28)");
    expect(dayProblem("2026-13-01")).toBe("month 13 does not exist (01–12)");
    expect(dayProblem("2025-02-29")).toMatch(/day 29/);
    expect(dayProblem("1900-02-29")).toMatch(/day 29/);
    expect(dayProblem("2026-04-31")).toMatch(/01–30/);
    expect(dayProblem("2026-00-10")).toMatch(/month 00/);
    expect(dayProblem("14/01/2026")).toBe("expected a date YYYY-MM-DD");
    expect(dayProblem("2026-1-14")).toBe("expected a date YYYY-MM-DD");
  });

  it("says the same in a schema", () => {
    const result = daySchema.safeParse("2026-02-30");
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("'2026-02-30': day 30 does not exist in 2026-02 (01–28)");
  });
});
