import { describe, expect, it } from "vitest";
import { formatInCalendar, gregorianToHijri, gregorianToSolarHijri, hijriToGregorian, solarHijriToGregorian } from "./calendars.js";

describe("Solar Hijri to Gregorian", () => {
  it("converts known dates", () => {
    expect(solarHijriToGregorian(1403, 1, 1)).toBe("2024-03-20"); // Nowruz 1403
    expect(solarHijriToGregorian(1404, 1, 1)).toBe("2025-03-21"); // Nowruz 1404
    expect(solarHijriToGregorian(1404, 10, 23)).toBe("2026-01-13"); // 23 Dey 1404
    expect(solarHijriToGregorian(1404, 10, 8)).toBe("2025-12-29"); // 8 Dey 1404
    expect(solarHijriToGregorian(1357, 11, 22)).toBe("1979-02-11"); // 22 Bahman 1357
    expect(solarHijriToGregorian(1401, 6, 25)).toBe("2022-09-16"); // 25 Shahrivar 1401
  });

  it("knows the last day of a leap year and of a common year", () => {
    expect(solarHijriToGregorian(1403, 12, 30)).toBe("2025-03-20");
    expect(solarHijriToGregorian(1404, 12, 29)).toBe("2026-03-20");
    expect(solarHijriToGregorian(1404, 12, 30)).toBeNull();
  });

  it("refuses days that do not exist", () => {
    expect(solarHijriToGregorian(1404, 7, 31)).toBeNull(); // Mehr has 30 days
    expect(solarHijriToGregorian(1404, 13, 1)).toBeNull();
    expect(solarHijriToGregorian(1404, 0, 1)).toBeNull();
    expect(solarHijriToGregorian(1404, 1, 0)).toBeNull();
    expect(solarHijriToGregorian(1404.5, 1, 1)).toBeNull();
    expect(solarHijriToGregorian(Number.NaN, 1, 1)).toBeNull();
  });

  it("agrees with Intl on every day of a span of years", () => {
    const formatter = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    for (let ms = Date.UTC(2019, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 86_400_000) {
      const [month, day, year] = formatter.format(ms).split(/[/ ]/).map(Number);
      expect(solarHijriToGregorian(year!, month!, day!)).toBe(new Date(ms).toISOString().slice(0, 10));
    }
  });
});

describe("Hijri (Umm al-Qura) to Gregorian", () => {
  it("converts known dates", () => {
    expect(hijriToGregorian(1445, 9, 1)).toBe("2024-03-11"); // 1 Ramadan 1445
    expect(hijriToGregorian(1445, 10, 1)).toBe("2024-04-10"); // Eid al-Fitr 1445
    expect(hijriToGregorian(1446, 1, 1)).toBe("2024-07-07"); // 1 Muharram 1446, where the civil calendar says 6 July
    expect(hijriToGregorian(1446, 9, 1)).toBe("2025-03-01"); // 1 Ramadan 1446
  });

  it("refuses days that do not exist", () => {
    expect(hijriToGregorian(1445, 9, 31)).toBeNull();
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1445, 1, 0)).toBeNull();
  });

  it("refuses the 30th of a 29-day month", () => {
    // In Umm al-Qura 1445, Ramadan had 30 days (Shawwal began 10 April), Shawwal 29 (Dhu al-Qadah began 9 May).
    expect(hijriToGregorian(1445, 9, 30)).toBe("2024-04-09");
    expect(hijriToGregorian(1445, 10, 29)).toBe("2024-05-08");
    expect(hijriToGregorian(1445, 10, 30)).toBeNull();
  });

  it("agrees with Intl on every day of a span of years", () => {
    const formatter = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    for (let ms = Date.UTC(2000, 0, 1); ms < Date.UTC(2030, 0, 1); ms += 86_400_000) {
      const [month, day, year] = formatter.format(ms).split(/[/ ]/).map(Number);
      expect(hijriToGregorian(year!, month!, day!)).toBe(new Date(ms).toISOString().slice(0, 10));
    }
  });
});

describe("Gregorian to the other calendars, for display", () => {
  it("names the Solar Hijri and Hijri day of a Gregorian day", () => {
    expect(gregorianToSolarHijri("2026-01-13")).toEqual({ year: 1404, month: 10, day: 23 });
    expect(gregorianToHijri("2024-03-11")).toEqual({ year: 1445, month: 9, day: 1 });
  });

  it("refuses what is not a real day", () => {
    expect(gregorianToSolarHijri("2026-02-30")).toBeNull();
    expect(gregorianToHijri("13/01/2026")).toBeNull();
  });

  it("round-trips", () => {
    for (const iso of ["2022-09-16", "2024-02-29", "2025-12-31", "1988-07-19"]) {
      const solar = gregorianToSolarHijri(iso)!;
      expect(solarHijriToGregorian(solar.year, solar.month, solar.day)).toBe(iso);
      const lunar = gregorianToHijri(iso)!;
      expect(hijriToGregorian(lunar.year, lunar.month, lunar.day)).toBe(iso);
    }
  });
});

describe("a Gregorian day written in another calendar", () => {
  it("writes it as the language writes dates", () => {
    expect(formatInCalendar("2026-01-13", "solar-hijri", "fa")).toBe("۲۳ دی ۱۴۰۴");
    expect(formatInCalendar("2026-01-13", "solar-hijri", "en")).toBe("Dey 23, 1404 AP");
    expect(formatInCalendar("2024-03-11", "hijri", "en")).toBe("Ramadan 1, 1445 AH");
  });

  it("refuses what is not a real day or a locale", () => {
    expect(formatInCalendar("2026-02-30", "hijri", "ar")).toBeNull();
    expect(formatInCalendar("2026-01-13", "hijri", "not a locale!")).toBeNull();
  });
});
