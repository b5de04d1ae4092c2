import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { jsonLdObjects } from "./json-ld.js";
import { pageDates } from "./page-dates.js";
import { choosePublished } from "./published-day.js";

const TODAY = "2026-01-20";

/** The page's date statements as [where, day], most trusted first. */
function datesOf(head: string, body = "<p>Text.</p>"): Array<[string, string | null]> {
  const document = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  return pageDates(document, jsonLdObjects(document)).map((statement) => [statement.from, statement.day]);
}

/** The day a page is dated by, as ingest chooses it. */
function publishedOf(head: string, body?: string): string | null {
  const document = parseHTML(`<!doctype html><html><head>${head}</head><body>${body ?? "<p>Text.</p>"}</body></html>`).document as unknown as Document;
  return choosePublished(pageDates(document, jsonLdObjects(document)), TODAY, "page").published;
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("a page's publication date, in the order of trust", () => {
  it("puts article:published_time first, then JSON-LD, the article's <time>, the generic <meta> names, and modification times last", () => {
    const head = [
      '<meta name="date" content="2026-01-10">',
      '<meta property="article:modified_time" content="2026-01-16T09:00:00Z">',
      ld({ "@type": "NewsArticle", datePublished: "2026-01-12T10:00:00Z", dateModified: "2026-01-15" }),
      '<meta property="article:published_time" content="2026-01-13T23:30:00-05:00">',
    ].join("");
    expect(datesOf(head, '<article><time datetime="2026-01-11">11 Jan</time><p>Text.</p></article>')).toEqual([
      ["<meta article:published_time>", "2026-01-13"],
      ["JSON-LD datePublished", "2026-01-12"],
      ["<time> in the article", "2026-01-11"],
      ["<meta date>", "2026-01-10"],
      ["<meta article:modified_time>", "2026-01-16"],
      ["JSON-LD dateModified", "2026-01-15"],
    ]);
    expect(publishedOf(head)).toBe("2026-01-13");
  });

  it("gives the day in the publisher's offset, not in UTC", () => {
    expect(publishedOf('<meta property="article:published_time" content="2026-01-13T23:30:00-05:00">')).toBe("2026-01-13");
    expect(publishedOf('<meta property="article:published_time" content="2026-01-14T00:30:00+03:00">')).toBe("2026-01-14");
  });

  it("finds JSON-LD datePublished in a @graph, in an array, in a later block, and a story's before its website's", () => {
    expect(publishedOf(ld({ "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "Wire" }, { "@type": "NewsArticle", datePublished: "2026-01-12" }] }))).toBe("2026-01-12");
    expect(publishedOf(ld([{ "@type": "Organization", name: "Wire" }, { "@type": "ReportageNewsArticle", datePublished: "2026-01-11T08:00:00+01:00" }]))).toBe("2026-01-11");
    expect(publishedOf(ld({ "@type": "BreadcrumbList" }) + ld({ "@type": "Article", datePublished: "2026-01-10" }))).toBe("2026-01-10");
    expect(publishedOf(ld({ "@graph": [{ "@type": "WebPage", datePublished: "2025-06-01" }, { "@type": ["Article", "NewsArticle"], datePublished: "2026-01-09" }] }))).toBe("2026-01-09");
    expect(publishedOf(ld({ "@type": "WebPage", mainEntity: { "@type": "NewsArticle", datePublished: "2026-01-08" } }))).toBe("2026-01-08");
  });

  it("ignores a malformed JSON-LD block without failing, and reads the next one", () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-01-05",}</script>${ld({ "@type": "NewsArticle", datePublished: "2026-01-07" })}`;
    expect(publishedOf(head)).toBe("2026-01-07");
    expect(publishedOf('<script type="application/ld+json">{not json</script>')).toBeNull();
    expect(publishedOf(`<script type="application/ld+json"><!--${JSON.stringify({ "@type": "Article", datePublished: "2026-01-06" })}--></script>`)).toBe("2026-01-06");
  });

  it("reads itemprop=datePublished wherever it is, but a <time> only inside the article", () => {
    expect(publishedOf("", '<p>By staff, <span itemprop="datePublished" content="2026-01-04">4 Jan</span></p>')).toBe("2026-01-04");
    expect(publishedOf('<meta itemprop="datePublished" content="2026-01-03">')).toBe("2026-01-03");
    expect(publishedOf("", '<header><time datetime="2026-01-19">Today</time></header><article><p>Byline</p><time datetime="2026-01-02T18:00:00-08:00">2 Jan</time></article>')).toBe("2026-01-02");
    expect(publishedOf("", '<header><time datetime="2026-01-19">Today</time></header><p>No article element.</p>')).toBeNull();
  });

  it.each(["date", "pubdate", "DC.date.issued", "parsely-pub-date", "sailthru.date"])("reads <meta name=%s>, whatever its case", (name) => {
    expect(publishedOf(`<meta name="${name}" content="2026-01-01 10:00:00">`)).toBe("2026-01-01");
  });

  it("takes a modification time only when the page states no publication day", () => {
    expect(publishedOf('<meta property="article:modified_time" content="2026-01-15T08:00:00Z">')).toBe("2026-01-15");
    expect(publishedOf('<meta property="og:updated_time" content="2026-01-15T08:00:00Z"><meta name="pubdate" content="2026-01-14">')).toBe("2026-01-14");
  });

  it("passes over a date in the future, before 1900 or that does not exist, to the next statement", () => {
    expect(publishedOf(`<meta property="article:published_time" content="2031-01-01T00:00:00Z">${ld({ "@type": "NewsArticle", datePublished: "2026-01-12" })}`)).toBe("2026-01-12");
    expect(publishedOf('<meta property="article:published_time" content="1800-01-01"><meta name="date" content="2026-02-30"><meta name="pubdate" content="2026-01-11">')).toBe("2026-01-11");
  });
});
