import { describe, expect, it } from "vitest";
import { solarHijriToGregorian } from "./calendars.js";

/** The Solar Hijri date of a Gregorian day as the platform's own calendar data writes it. */
const PERSIAN = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });

function persianOf(iso: string): [number, number, number] {
  const parts = PERSIAN.formatToParts(new Date(`${iso}T00:00:00Z`));
  const part = (type: string) => Number.parseInt(parts.find((p) => p.type === type)!.value, 10);
  return [part("year"), part("month"), part("day")];
}

describe("solarHijriToGregorian", () => {
  it("converts known days", () => {
    expect(solarHijriToGregorian(1404, 10, 23)).toBe("2026-01-13");
    expect(solarHijriToGregorian(1404, 1, 1)).toBe("2025-03-21");
    expect(solarHijriToGregorian(1399, 1, 1)).toBe("2020-03-20");
    expect(solarHijriToGregorian(1403, 12, 30)).toBe("2025-03-20");
    expect(solarHijriToGregorian(1401, 6, 25)).toBe("2022-09-16");
  });
  it("refuses days that do not exist", () => {
    expect(solarHijriToGregorian(1404, 12, 30)).toBeNull();
    expect(solarHijriToGregorian(1404, 7, 31)).toBeNull();
    expect(solarHijriToGregorian(1404, 13, 1)).toBeNull();
    expect(solarHijriToGregorian(1404, 0, 1)).toBeNull();
  });
  it("agrees with the platform's Persian calendar on every fifth day of 1350-1450 and on every Nowruz eve", () => {
    const wrong: string[] = [];
    for (let time = Date.UTC(1971, 2, 21); time < Date.UTC(2071, 2, 21); time += 5 * 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      const [year, month, day] = persianOf(iso);
      if (solarHijriToGregorian(year, month, day) !== iso) wrong.push(iso);
    }
    for (let year = 1971; year < 2071; year++) {
      for (const iso of [`${year}-03-19`, `${year}-03-20`, `${year}-03-21`]) {
        const [y, m, d] = persianOf(iso);
        if (solarHijriToGregorian(y, m, d) !== iso) wrong.push(iso);
      }
    }
    expect(wrong).toEqual([]);
  });
});
