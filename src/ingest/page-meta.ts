// A web page's own metadata: title, outlet and publication date from Open Graph and article
// tags, JSON-LD, <meta name=date> and <time>, read before Readability rewrites the document.
import { isDay } from "../domain/day.js";

export interface PageMeta {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
}

/**
 * The day a timestamp names, as written ("2026-01-14T23:30:00-05:00" is the 14th where it was written);
 * null when it names no real day (2026-02-30, year 0, year 275760), which the store could not keep.
 */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const written = /^\s*(\d{4})-(\d\d)-(\d\d)/.exec(value);
  const parsed = new Date(value);
  const day = written ? `${written[1]}-${written[2]}-${written[3]}` : Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
  return day !== null && isDay(day) ? day : null;
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

/** Every object in the page's JSON-LD blocks, @graph members included. */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      objects.push(value as Record<string, unknown>);
      const graph = (value as Record<string, unknown>)["@graph"];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A malformed block says nothing; the other sources of metadata still do.
    }
  }
  return objects;
}

function jsonLdString(objects: Record<string, unknown>[], key: string): string | null {
  for (const object of objects) {
    const value = object[key];
    if (typeof value === "string" && value.trim()) return value.trim();
    if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") return (value as { name: string }).name.trim();
  }
  return null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export function readPageMeta(document: Document, url: string | null): PageMeta {
  const jsonLd = jsonLdObjects(document);
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    jsonLdString(jsonLd, "headline") ??
    (document.querySelector("title")?.textContent?.trim() || null) ??
    (document.querySelector("h1")?.textContent?.trim() || null);
  const outlet =
    metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? jsonLdString(jsonLd, "publisher") ?? hostOf(url);
  const published =
    dayOf(
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="DC.date.issued"]',
        'meta[name="dc.date"]',
        'meta[name="parsely-pub-date"]',
      ]),
    ) ??
    dayOf(jsonLdString(jsonLd, "datePublished")) ??
    dayOf(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  return { title, outlet, published };
}
