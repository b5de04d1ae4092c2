import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectPublished, detectTitle, isoDate, leadingLines, parseDateText, readHeader } from "./document-meta.js";

const report = (...lines: string[]) => lines.join("\n");

describe("detectPublished", () => {
  const cases: Array<[string, string, string | null]> = [
    ["a labelled ISO date", report("date 2026-01-14", "", "Flooding forced 900 families from their homes."), "2026-01-14"],
    ["a labelled date run into the headline", report(" date 2026-01-14 Storm toll rises to 40 as rivers peak", "More text."), "2026-01-14"],
    ["month first", report("Ferry capsizes off the coast", "", "March 3, 2025", "", "At least 61 people drowned."), "2025-03-03"],
    ["with a weekday", report("Ceasefire collapses", "", "Wednesday, January 21, 2026", "", "Body."), "2026-01-21"],
    ["day first", report("Camp fire destroys shelters", "", "13 January 2026", "", "Body."), "2026-01-13"],
    ["day first with a weekday", report("Camp fire destroys shelters", "", "Sunday, 11 January 2026", "", "Body."), "2026-01-11"],
    ["abbreviated month", report("Aid convoy hit", "Sept. 4, 2024", "Body."), "2024-09-04"],
    ["a Published label", report("Aid convoy hit", "Published: 2 Feb 2024", "Body."), "2024-02-02"],
    ["a byline with a time", report("Aid convoy hit", "June 5, 2024 at 14:30", "Body."), "2024-06-05"],
    ["a byline with a separator", report("Aid convoy hit", "May 9, 2024 | 3 min read", "Body."), "2024-05-09"],
    ["a dateline", report("Agency verifies deaths", "", "GENEVA, Tuesday, 18 November 2025 — The agency said it verified 300 deaths."), "2025-11-18"],
    ["an ISO date alone", report("Aid convoy hit", "2024-07-30", "Body."), "2024-07-30"],
  ];
  for (const [what, text, expected] of cases) {
    it(`finds ${what}`, () => expect(detectPublished(text)).toBe(expected));
  }

  it("prefers the header block's Published", () => {
    const text = report("Title: Shelling resumes", "Published: 2025-12-01", "", "Shelling resumes", "", "November 30, 2025", "Body.");
    expect(detectPublished(text)).toBe("2025-12-01");
  });

  it("ignores a date deep in the body", () => {
    const body = "Volunteers said the search would go on through the night. ".repeat(12);
    expect(detectPublished(report("Search goes on", "", body, "", "January 5, 2026"))).toBeNull();
  });

  it("ignores a date inside a sentence near the top", () => {
    expect(detectPublished(report("Officials said that on January 5, 2026 some 20 people were hurt."))).toBeNull();
  });

  it("refuses a date that does not exist", () => {
    expect(detectPublished(report("Headline", "February 30, 2026", "Body."))).toBeNull();
    expect(detectPublished(report("Headline", "date 2026-13-01", "Body."))).toBeNull();
  });

  it("returns null for a day without a year", () => {
    expect(detectPublished(report("Live updates", "Friday 9 January — updated 18:20 GMT", "Body."))).toBeNull();
  });
});

describe("readHeader", () => {
  it("reads the Key: value block at the top", () => {
    const text = report(
      "Title: Floods cut off the valley",
      "Outlet: River Post",
      "Published: 2025-04-02",
      "URL: https://example.org/floods",
      "Language: en",
      "",
      "Floods cut off the valley",
    );
    expect(readHeader(text)).toEqual({
      title: "Floods cut off the valley",
      outlet: "River Post",
      published: "2025-04-02",
      url: "https://example.org/floods",
      language: "en",
    });
  });

  it("reads a header date in words", () => {
    expect(readHeader(report("Published: April 2, 2025", "", "Body."))).toEqual({ published: "2025-04-02" });
  });

  it("stops at the first line that is not a header pair", () => {
    expect(readHeader(report("Title: One", "Some prose follows here.", "Outlet: Not a header"))).toEqual({ title: "One" });
  });

  it("returns null when the text has no header", () => {
    expect(readHeader(report("Residents: we have nothing left", "Body."))).toBeNull();
    expect(readHeader("Plain opening sentence.")).toBeNull();
  });
});

describe("detectTitle", () => {
  it("takes the header's Title", () => {
    expect(detectTitle(report("Title: Dam breach floods town", "Outlet: Wire", "", "Dam breach floods town"))).toBe("Dam breach floods town");
  });

  it("takes a headline-like first line", () => {
    expect(detectTitle(report("", "Dam breach floods town, dozens missing", "", "May 1, 2025", "Body."))).toBe("Dam breach floods town, dozens missing");
  });

  it("keeps a question or a quoted headline", () => {
    expect(detectTitle(report("How many died in the flood?", "Body."))).toBe("How many died in the flood?");
    expect(detectTitle(report('"We lost everything": survivors count the cost', "Body."))).toBe('"We lost everything": survivors count the cost');
  });

  it("drops a date label run into the first line", () => {
    expect(detectTitle(" date 2026-01-14 Storm toll rises to 40 as rivers peak\nMore.")).toBe("Storm toll rises to 40 as rivers peak");
  });

  it("takes the line after a header that has no Title", () => {
    expect(detectTitle(report("Outlet: Wire", "Published: 2025-01-01", "", "Bridge collapse kills nine"))).toBe("Bridge collapse kills nine");
  });

  it("returns null when the text opens with a sentence or a date", () => {
    expect(detectTitle("Rescuers said on Monday that 12 people had died in the collapse.\nMore.")).toBeNull();
    expect(detectTitle(report("January 13, 2026", "Body."))).toBeNull();
    expect(detectTitle("x".repeat(250))).toBeNull();
    expect(detectTitle("   \n  ")).toBeNull();
  });
});

describe("date helpers", () => {
  it("parses a date written alone", () => {
    expect(parseDateText("13 January 2026")).toBe("2026-01-13");
    expect(parseDateText("Tuesday, 18 November 2025")).toBe("2025-11-18");
    expect(parseDateText("soon")).toBeNull();
  });
});

describe("leadingLines", () => {
  it("gives what splitting at every line break gives, however the lines end", () => {
    const text = fc.array(fc.constantFrom("a", "Title: x", " ", "\r", "\n", "\r\n", "\n\r", "\uFEFF"), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.nat(25), (value, count) => {
        expect([...leadingLines(value, count)]).toEqual(value.split(/\r\n|\r|\n/, count));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isoDate", () => {
  it("writes a real day as Date.toISOString does and refuses what is not one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 990, max: 10_010 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (year, month, day) => {
        const date = new Date(Date.UTC(year, month - 1, day));
        const real = year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isoDate(year, month, day)).toBe(real ? date.toISOString().slice(0, 10) : null);
      }),
      { numRuns: 3000 },
    );
  });
});
