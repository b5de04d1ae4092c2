// Web pages and feeds: a URL is fetched once and read as a feed when its content is one (whatever
// its Content-Type claims), else as a page. Each feed item's page is fetched; when that fails, the
// item's own content stands in for it.
import { detectPublished, detectTitle } from "../extract/document-meta.js";
import { decodeBody } from "./charset.js";
import { isFeed, parseFeed, type FeedItem } from "./feed.js";
import { fetchLimited, type FetchLimits } from "./fetch-limited.js";
import { htmlToDocument } from "./html-text.js";
import type { Candidate, LoadedDocument, LoadResult } from "./loaded-document.js";

interface FetchedText {
  url: string;
  text: string;
  contentType: string | null;
  warning?: string;
}

async function fetchText(url: string, limits: FetchLimits): Promise<{ ok: true; page: FetchedText } | { ok: false; error: string }> {
  const fetched = await fetchLimited(url, limits);
  if (!fetched.ok) return fetched;
  const decoded = decodeBody(fetched.bytes, fetched.contentType, url);
  return { ok: true, page: { url: fetched.url, text: decoded.text, contentType: fetched.contentType, ...(decoded.warning ? { warning: decoded.warning } : {}) } };
}

/** A fetched page as a document: HTML through Readability, plain text as it came. */
function pageDocument(page: FetchedText, source: LoadedDocument["source"]): LoadResult {
  const plain = page.contentType !== null && /^text\/plain/i.test(page.contentType);
  const warning = page.warning ? { warning: page.warning } : {};
  if (plain) {
    return { ok: true, document: { text: page.text, url: page.url, outlet: hostOf(page.url), title: detectTitle(page.text), published: detectPublished(page.text), source, ...warning } };
  }
  const html = htmlToDocument(page.text, page.url);
  if (!html.text.trim()) return { ok: false, error: `${page.url}: no text found on the page` };
  const published = html.published ?? detectPublished(html.text);
  return { ok: true, document: { text: html.text, url: page.url, outlet: html.outlet, title: html.title, published, source, ...warning } };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** A feed item: its page when it can be fetched, else the item's own content. */
function feedItemCandidate(item: FeedItem, feedTitle: string | null, feedUrl: string, index: number, limits: FetchLimits): Candidate {
  const name = item.link ?? `${feedUrl} item ${index + 1}`;
  return {
    name,
    async load() {
      let pageError: string | null = null;
      if (item.link) {
        const fetched = await fetchText(item.link, limits);
        if (fetched.ok) {
          const page = pageDocument(fetched.page, "feed");
          if (page.ok) {
            const document = page.document;
            return { ok: true, document: { ...document, title: document.title ?? item.title, published: document.published ?? item.published } };
          }
          pageError = page.error;
        } else pageError = fetched.error;
      }
      if (!item.content) return { ok: false, error: pageError ?? `${name}: the feed item has neither a link nor content` };
      const body = htmlToDocument(`<!doctype html><html><body>${item.content}</body></html>`, item.link).text;
      const text = item.title && !body.startsWith(item.title) ? `${item.title}\n\n${body}` : body;
      if (!text.trim()) return { ok: false, error: pageError ?? `${name}: the feed item's content is empty` };
      const warning = pageError ? { warning: `${pageError}; used the feed item's content instead` } : {};
      return {
        ok: true,
        document: { text, url: item.link, outlet: feedTitle ?? hostOf(feedUrl), title: item.title, published: item.published ?? detectPublished(text), source: "feed", ...warning },
      };
    },
  };
}

/** A URL's candidates: one for a page, one per item for a feed; an error when it cannot be read at all. */
export async function expandUrl(url: string, limits: FetchLimits = {}): Promise<{ ok: true; candidates: Candidate[] } | { ok: false; error: string }> {
  const fetched = await fetchText(url, limits);
  if (!fetched.ok) return fetched;
  const page = fetched.page;
  if (isFeed(page.text)) {
    const parsed = parseFeed(page.text, url);
    if (!parsed.ok) return parsed;
    return { ok: true, candidates: parsed.feed.items.map((item, index) => feedItemCandidate(item, parsed.feed.title, page.url, index, limits)) };
  }
  const loaded = pageDocument(page, "url");
  return { ok: true, candidates: [{ name: url, load: async () => loaded }] };
}
