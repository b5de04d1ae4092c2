// A web page's own metadata: title, outlet, language and the dates it states (Open Graph and article
// tags, JSON-LD, <time>, <meta name=date>), read before Readability rewrites the document.
import { jsonLdObjects, jsonLdString } from "./json-ld.js";
import { pageDates } from "./page-dates.js";
import type { DateStatement } from "./published-day.js";

export interface PageMeta {
  title: string | null;
  outlet: string | null;
  /** What the page states about when it was published, most trusted first (see pageDates). */
  dates: DateStatement[];
  /** The language the page declares ("fa-IR", "tr_TR"), as written; null when it declares none. */
  language: string | null;
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
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
  return { title, outlet, dates: pageDates(document, jsonLd), language: pageLanguage(document, jsonLd) };
}

/** The page's declared language: its lang attribute, Content-Language, og:locale, then JSON-LD's inLanguage. */
function pageLanguage(document: Document, jsonLd: Record<string, unknown>[]): string | null {
  const root = document.documentElement;
  const attribute = root?.getAttribute("lang")?.trim() || root?.getAttribute("xml:lang")?.trim();
  return (
    attribute ||
    metaContent(document, ['meta[http-equiv="content-language"]', 'meta[http-equiv="Content-Language"]', 'meta[property="og:locale"]']) ||
    jsonLdString(jsonLd, "inLanguage")
  );
}
