import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMarkup, htmlToDocument } from "./html-text.js";

describe("htmlToDocument on anything it may be given", () => {
  it.each([
    ["plain words", "Officials said 40 people were killed on Monday.", "Officials said 40 people were killed on Monday."],
    ["an empty text", "", ""],
    ["a fragment", "<p>Officials said 40 people were killed.</p> More followed.", "Officials said 40 people were killed.\n\nMore followed."],
    ["text with inline tags", "At least <b>40</b> people were killed.", "At least 40 people were killed."],
    ["a doctype and no <html>", "<!doctype html><p>40 killed", "40 killed"],
    ["content outside <body>", "<html><p>40 killed in the city</p></html>", "40 killed in the city"],
    ["only a <head>", "<head><title>40 killed</title></head>", "40 killed"],
    ["only closing tags", "</div></div>", ""],
    ["NUL bytes and stray brackets", "\u0000\u0001garbage<<>>", "\u0000\u0001garbage<<>>"],
    ["a comment then words", "<!-- note -->40 killed", "40 killed"],
  ])("reads %s", (_, html, text) => {
    expect(htmlToDocument(html, "http://news.example/a").text).toBe(text);
  });

  it("still reads a full page's title, outlet and date", () => {
    const page = htmlToDocument(
      `<html><head><title>Toll rises</title><meta property="og:site_name" content="Wire"><meta name="date" content="2023-09-14"></head><body><p>At least 40 people were killed.</p></body></html>`,
      null,
    );
    expect(page).toEqual({ title: "Toll rises", outlet: "Wire", dates: [{ from: "<meta date>", value: "2023-09-14", day: "2023-09-14" }], language: null, text: "Toll rises\n\nAt least 40 people were killed." });
  });

  it("reads the language a page declares: its lang attribute, else og:locale, else JSON-LD", () => {
    const body = "<body><p>At least 40 people were killed.</p></body>";
    expect(htmlToDocument(`<html lang="fa-IR"><head><title>t</title></head>${body}</html>`, null).language).toBe("fa-IR");
    expect(htmlToDocument(`<html><head><meta property="og:locale" content="tr_TR"></head>${body}</html>`, null).language).toBe("tr_TR");
    expect(htmlToDocument(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"ar"}</script></head>${body}</html>`, null).language).toBe("ar");
    expect(htmlToDocument(`<html><head></head>${body}</html>`, null).language).toBeNull();
  });

  it("never throws, whatever the input", () => {
    const pieces = fc.constantFrom("<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<p>", "</p>", "<title>", "<!doctype html>", "<!--", "-->", "<script>", "<", ">", "&amp;", "\u0000", "40 killed", " ");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(""))), (html) => {
        expect(typeof htmlToDocument(html, null).text).toBe("string");
      }),
      { numRuns: 300 },
    );
  });
});

describe("hasMarkup", () => {
  it.each(["<p>a</p>", "a <br> b", "<!doctype html>", "<!-- c -->", "<div class='x'>", "text <b>bold</b>", "<img src=x/>"])("finds markup in %j", (text) => {
    expect(hasMarkup(text)).toBe(true);
  });

  it.each(["Officials said 40 people were killed.", "fewer than <5 deaths, >3 injured", "a < b > c", "{\"a\": 1}", ""])("finds none in %j", (text) => {
    expect(hasMarkup(text)).toBe(false);
  });
});
