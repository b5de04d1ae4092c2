import { describe, expect, it } from "vitest";
import { extractReport } from "../cli/extract.js";
import { reportDocument, textReportMeta } from "./report-document.js";

const TEXT_REPORT = "Title: Shelling toll rises\nOutlet: Wire Desk\nPublished: 2023-09-20\nLanguage: fr\n\nAt least 12 people were killed in the shelling, the ministry said.\n";

describe("reportDocument: one reading rule for a report's text", () => {
  it("reads an .html file with no markup as a text report, as tally extract reads it", () => {
    const read = reportDocument(TEXT_REPORT, { name: "notes.html", url: null, html: true, source: "file" });
    const extracted = extractReport(TEXT_REPORT, null).document;
    expect(read).toEqual({
      ok: true,
      document: { text: TEXT_REPORT, url: null, outlet: "Wire Desk", title: "Shelling toll rises", published: "2023-09-20", language: "fr", source: "file" },
    });
    expect(read.ok && { title: read.document.title, outlet: read.document.outlet, published: read.document.published, language: read.document.language }).toEqual(extracted);
  });

  it("reads markup through Readability when the source says HTML", () => {
    const html = `<html><head><title>Toll rises</title></head><body><p>At least 40 people were killed.</p></body></html>`;
    const read = reportDocument(html, { name: "page", url: "http://news.example/a", html: true, source: "url", outlet: "news.example" });
    expect(read).toEqual({ ok: true, document: { text: "Toll rises\n\nAt least 40 people were killed.", url: "http://news.example/a", outlet: "news.example", title: "Toll rises", published: null, source: "url" } });
  });

  it("keeps tags in a text report as written", () => {
    const read = reportDocument("Fewer than <b>5</b> were hurt.", { name: "a.txt", url: null, html: false, source: "file" });
    expect(read.ok && read.document.text).toBe("Fewer than <b>5</b> were hurt.");
  });

  it("takes a page's own URL over its header's, and its host when it names no outlet", () => {
    const read = reportDocument("URL: http://elsewhere.example/x\n\nAt least 3 were killed.", { name: "p", url: "http://news.example/a", html: false, source: "url", outlet: "news.example" });
    expect(read.ok && [read.document.url, read.document.outlet]).toEqual(["http://news.example/a", "news.example"]);
  });

  it("names a report with nothing in it", () => {
    expect(reportDocument("  \n", { name: "blank.html", url: null, html: true, source: "file" })).toEqual({ ok: false, error: "blank.html: empty (only whitespace)" });
    expect(reportDocument("<html><body><script>x()</script></body></html>", { name: "script.html", url: null, html: true, source: "file" })).toEqual({
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
