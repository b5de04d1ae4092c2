import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed.js";
import { choosePublished, dateStatement, implausibleDay, readTimestamp, type DateStatement } from "./published-day.js";

const TODAY = "2026-01-20";

describe("readTimestamp: the day a timestamp names, where it was written", () => {
  it.each([
    ["2026-01-14", "2026-01-14"],
    ["2026-01-14T23:30:00-05:00", "2026-01-14"],
    // 04:30 on the 14th in UTC, but the publisher's Tuesday the 13th: its "yesterday" is the 12th.
    ["2026-01-13T23:30:00-05:00", "2026-01-13"],
    ["2026-01-13T23:30:00.000+0000", "2026-01-13"],
    ["2026-01-14T01:15:00+09:00", "2026-01-14"],
    ["2026/01/13 10:00", "2026-01-13"],
    ["Tue, 13 Jan 2026 23:30:00 -0500", "2026-01-13"],
    ["Tue, 13 Jan 2026 10:00:00 GMT", "2026-01-13"],
    ["January 13, 2026 at 11:30 PM EST", "2026-01-13"],
    ["13 January 2026", "2026-01-13"],
    ["Monday, 3 March 2025", "2025-03-03"],
  ])("reads %j as %s", (value, day) => {
    expect(readTimestamp(value)).toEqual({ day });
  });

  it.each([
    ["2026-02-30", /not a real day \(day 30 does not exist in 2026-02/],
    ["2026-13-01T00:00:00Z", /not a real day \(month 13 does not exist/],
    ["0000-01-01", /not a real day \(the year must be 0001 or later\)/],
    ["3/4/2025", /ambiguous/],
    ["03.04.2025 10:00", /ambiguous/],
    ["+275760-09-13T00:00:00Z", /not a date read here/],
    ["soon", /not a date read here/],
    ["Tue, 13 Jan 26 10:00:00 GMT", /not a date read here/],
  ])("refuses %j", (value, problem) => {
    const read = readTimestamp(value);
    expect("problem" in read && read.problem).toMatch(problem);
  });
});

describe("implausibleDay", () => {
  it("allows today and tomorrow (a publisher east of us is already there), not the day after", () => {
    expect(implausibleDay("2026-01-20", TODAY)).toBeNull();
    expect(implausibleDay("2026-01-21", TODAY)).toBeNull();
    expect(implausibleDay("2026-01-22", TODAY)).toBe("in the future (after 2026-01-21)");
    expect(implausibleDay("2026-12-31", "2026-12-31")).toBeNull();
    expect(implausibleDay("2027-01-01", "2026-12-31")).toBeNull();
    expect(implausibleDay("2027-01-02", "2026-12-31")).toBe("in the future (after 2027-01-01)");
  });

  it("refuses a day before 1900 (a CMS placeholder)", () => {
    expect(implausibleDay("1899-12-31", TODAY)).toBe("before 1900");
    expect(implausibleDay("0001-01-01", TODAY)).toBe("before 1900");
    expect(implausibleDay("1900-01-01", TODAY)).toBeNull();
  });
});

describe("choosePublished", () => {
  const said = (from: string, value: string, lastResort = false) => dateStatement(from, value, { lastResort });

  it("takes the first statement in the order given, and says nothing of the ones after it", () => {
    const chosen = choosePublished([said("article:published_time", "2026-01-13T23:30:00-05:00"), said("<meta date>", "3/4/2025")], TODAY, "page");
    expect(chosen).toEqual({ published: "2026-01-13", from: "article:published_time", warnings: [] });
  });

  it("passes over a date in the future or before 1900, with a warning each, to the next statement", () => {
    const chosen = choosePublished([said("article:published_time", "2031-01-13"), said("JSON-LD datePublished", "0001-01-01T00:00:00Z"), said("<meta date>", "2026-01-12")], TODAY, "http://news.example/a");
    expect(chosen.published).toBe("2026-01-12");
    expect(chosen.warnings).toEqual([
      "http://news.example/a: ignored the publication date '2031-01-13' (article:published_time): in the future (after 2026-01-21)",
      "http://news.example/a: ignored the publication date '0001-01-01T00:00:00Z' (JSON-LD datePublished): before 1900",
    ]);
  });

  it("takes a modification time only when nothing else gives a day, and says so", () => {
    const modified = said("<meta article:modified_time>", "2026-01-15T08:00:00Z", true);
    expect(choosePublished([modified, said("<meta date>", "2026-01-13")], TODAY, "p").published).toBe("2026-01-13");
    expect(choosePublished([modified, said("<meta date>", "13/01/2026")], TODAY, "p")).toEqual({
      published: "2026-01-15",
      from: "<meta article:modified_time>",
      warnings: [
        "p: ignored the publication date '13/01/2026' (<meta date>): ambiguous (day/month or month/day); write 2025-04-03 or 3 April 2025",
        "p: states no publication date; dated 2026-01-15 by its last-modified time (<meta article:modified_time>)",
      ],
    });
  });

  it("is none when nothing is stated", () => {
    expect(choosePublished([null], TODAY, "a.txt")).toEqual({ published: null, from: null, warnings: [] });
  });
});

describe("a feed item's dates", () => {
  const item = (xml: string): DateStatement[] => {
    const result = parseFeed(xml, "feed.xml");
    if (!result.ok) throw new Error(result.error);
    return result.feed.items[0]!.dates;
  };

  it("reads RSS pubDate and dc:date, in the publisher's offset", () => {
    const dates = item(`<rss version="2.0"><channel><item><title>T</title><pubDate>Tue, 13 Jan 2026 23:30:00 -0500</pubDate><dc:date>2026-01-13T23:30:00-05:00</dc:date></item></channel></rss>`);
    expect(dates.map((d) => [d.from, d.day])).toEqual([["the feed item's pubDate", "2026-01-13"], ["the feed item's dc:date", "2026-01-13"]]);
  });

  it("reads an RSS 1.0 item's dc:date", () => {
    const dates = item(`<rdf:RDF><channel><title>W</title></channel><item><title>T</title><link>http://x.example/a</link><dc:date>2026-01-12</dc:date></item></rdf:RDF>`);
    expect(dates.map((d) => d.day)).toEqual(["2026-01-12"]);
  });

  it("reads an Atom entry's published, then its updated", () => {
    const dates = item(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><updated>2026-01-15T10:00:00Z</updated><published>2026-01-14T10:00:00+01:00</published></entry></feed>`);
    expect(dates.map((d) => [d.from, d.day])).toEqual([["the feed entry's published", "2026-01-14"], ["the feed entry's updated", "2026-01-15"]]);
  });

  it("keeps a feed item dated 30 February as a statement with no day, and why", () => {
    const [date] = item(`<rss version="2.0"><channel><title>Wire</title><item><title>Toll rises</title><link>https://example.org/a</link><pubDate>2026-02-30</pubDate></item></channel></rss>`);
    expect(date).toMatchObject({ day: null, problem: expect.stringMatching(/not a real day/) });
  });
});
