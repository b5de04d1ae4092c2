import { describe, expect, it } from "vitest";
import { extractReport } from "../cli/extract.js";
import { dateStatement } from "./published-day.js";
import { reportDocument, textReportMeta, type ReportOrigin } from "./report-document.js";

const TODAY = "2026-01-20";
const TEXT_REPORT = "Title: Shelling toll rises\nOutlet: Wire Desk\nPublished: 2023-09-20\nLanguage: fr\n\nAt least 12 people were killed in the shelling, the ministry said.\n";

describe("reportDocument: one reading rule for a report's text", () => {
  it("reads an .html file with no markup as a text report, as tally extract reads it", () => {
    const read = reportDocument(TEXT_REPORT, { name: "notes.html", url: null, html: true, source: "file", today: TODAY });
    const extracted = extractReport(TEXT_REPORT, null).document;
    expect(read).toEqual({
      ok: true,
      document: { text: TEXT_REPORT, url: null, outlet: "Wire Desk", title: "Shelling toll rises", published: "2023-09-20", language: "fr", source: "file" },
    });
    expect(read.ok && { title: read.document.title, outlet: read.document.outlet, published: read.document.published, language: read.document.language }).toEqual(extracted);
  });

  it("reads markup through Readability when the source says HTML", () => {
    const html = `<html><head><title>Toll rises</title></head><body><p>At least 40 people were killed.</p></body></html>`;
    const read = reportDocument(html, { name: "page", url: "http://news.example/a", html: true, source: "url", outlet: "news.example", today: TODAY });
    expect(read).toEqual({ ok: true, document: { text: "Toll rises\n\nAt least 40 people were killed.", url: "http://news.example/a", outlet: "news.example", title: "Toll rises", published: null, source: "url" } });
  });

  it("keeps tags in a text report as written", () => {
    const read = reportDocument("Fewer than <b>5</b> were hurt.", { name: "a.txt", url: null, html: false, source: "file", today: TODAY });
    expect(read.ok && read.document.text).toBe("Fewer than <b>5</b> were hurt.");
  });

  it("takes a page's own URL over its header's, and its host when it names no outlet", () => {
    const read = reportDocument("URL: http://elsewhere.example/x\n\nAt least 3 were killed.", { name: "p", url: "http://news.example/a", html: false, source: "url", outlet: "news.example", today: TODAY });
    expect(read.ok && [read.document.url, read.document.outlet]).toEqual(["http://news.example/a", "news.example"]);
  });

  it("names a report with nothing in it", () => {
    expect(reportDocument("  \n", { name: "blank.html", url: null, html: true, source: "file", today: TODAY })).toEqual({ ok: false, error: "blank.html: empty (only whitespace)" });
    expect(reportDocument("<html><body><script>x()</script></body></html>", { name: "script.html", url: null, html: true, source: "file", today: TODAY })).toEqual({
      ok: false,
      error: "script.html: no text found in the HTML",
    });
  });
});

describe("textReportMeta", () => {
  it("reads the first lines when there is no header block", () => {
    expect(textReportMeta("Derna flood deaths rise\n\nSeptember 12, 2023\n\nAt least 2,000 people were killed.")).toEqual({
      title: "Derna flood deaths rise", outlet: null, published: "2023-09-12", url: null, language: null,
    });
  });
});

describe("a report file's publication date", () => {
  const file = (text: string) => {
    const read = reportDocument(text, { name: "a.txt", url: null, html: false, source: "file", today: TODAY });
    if (!read.ok) throw new Error(read.error);
    return read.document;
  };

  it.each([
    ["the header block's Published", "Title: Floods\nPublished: 2026-01-14\n\nBody.", "2026-01-14"],
    ["a header timestamp with an offset, in the publisher's day", "Published: 2026-01-13T23:30:00-05:00\n\nBody.", "2026-01-13"],
    ["an update line with a time", "Storm toll rises\nUpdated 14 January 2026 09:12 GMT\n\nBody.", "2026-01-14"],
    ["a weekday and a day-first date", "Storm toll rises\nMonday, 3 March 2025\n\nBody.", "2025-03-03"],
    ["a labelled date", "date 2026-01-14\n\nBody.", "2026-01-14"],
    ["an ISO date line", "Storm toll rises\n2026-01-12\n\nBody.", "2026-01-12"],
  ])("reads %s", (_, text, day) => {
    expect(file(text).published).toBe(day);
  });

  it("does not read 3/4/2025, which could be 3 April or 4 March, and says why when the header states it", () => {
    expect(file("Storm toll rises\n3/4/2025\n\nBody.")).toMatchObject({ published: null });
    expect(file("Storm toll rises\n3/4/2025\n\nBody.").warnings).toBeUndefined();
    expect(file("Title: Storm\nPublished: 3/4/2025\n\nBody.")).toMatchObject({
      published: null,
      warnings: ["a.txt: ignored the publication date '3/4/2025' (the header's Published): ambiguous (day/month or month/day); write 2025-04-03 or 3 April 2025"],
    });
  });

  it("does not believe a date after tomorrow, with a warning", () => {
    expect(file("Storm toll rises\ndate 2062-01-14\n\nBody.")).toMatchObject({
      published: null,
      warnings: ["a.txt: ignored the publication date '2062-01-14' (the date line at the top): in the future (after 2026-01-21)"],
    });
  });
});

describe("a feed item's page and the feed's date for it", () => {
  const page = (html: string, feedDates: ReportOrigin["feedDates"]) => {
    const read = reportDocument(html, { name: "http://news.example/a", url: "http://news.example/a", html: true, source: "feed", today: TODAY, feedDates });
    if (!read.ok) throw new Error(read.error);
    return read.document;
  };
  const fromFeed = [dateStatement("the feed item's pubDate", "Mon, 12 Jan 2026 22:00:00 -0500")!];
  const body = "<article><p>At least 40 people were killed in the floods, officials said on Monday, as the search went on.</p></article>";

  it("takes the page's own date over the feed's", () => {
    expect(page(`<html><head><meta property="article:published_time" content="2026-01-13T08:00:00Z"></head><body>${body}</body></html>`, fromFeed).published).toBe("2026-01-13");
    expect(page(`<html><head><title>Floods</title></head><body><article><p>14 January 2026</p><p>At least 40 people were killed in the floods, officials said on Monday, as the search went on.</p></article></body></html>`, fromFeed).published).toBe("2026-01-14");
  });

  it("takes the feed's when the page states none, before the page's last-modified time", () => {
    expect(page(`<html><head><title>Floods</title></head><body>${body}</body></html>`, fromFeed).published).toBe("2026-01-12");
    const modified = page(`<html><head><meta property="article:modified_time" content="2026-01-18T08:00:00Z"></head><body>${body}</body></html>`, fromFeed);
    expect(modified).toMatchObject({ published: "2026-01-12" });
    expect(modified.warnings).toBeUndefined();
  });
});

describe("textReportMeta's date, as tally extract reads it", () => {
  it("reads a header timestamp, and passes over a header date it cannot read to the date line", () => {
    expect(textReportMeta("Published: 2026-01-13T23:30:00-05:00\n\nBody.").published).toBe("2026-01-13");
    expect(textReportMeta("Published: 3/4/2025\nTitle: Dam\n\nJanuary 5, 2026\n\nBody.").published).toBe("2026-01-05");
  });
});
