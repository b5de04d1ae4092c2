// Web pages and feeds: a URL is fetched once and read as a feed when its content is one (whatever
// its Content-Type claims), else as a page (markup or plain text), else refused with one line. Each
// feed item's page is fetched, but only from the feed's own origin or a public address unless
// private addresses are allowed; when the fetch fails, the item's own content stands in for it.
import type { AddressPolicy, HostResolver } from "./address-guard.js";
import type { Feed, FeedItem } from "./feed.js";
import { parseFeed } from "./feed.js";
import { fetchLimited, type FetchLimits, type FetchNetwork, type Validators } from "./fetch-limited.js";
import { htmlToDocument } from "./html-text.js";
import type { Candidate, LoadedDocument, LoadResult } from "./loaded-document.js";
import { readPageBody } from "./page-body.js";
import { choosePublished, todayUtc, type DateStatement } from "./published-day.js";
import { reportDocument, textDates } from "./report-document.js";

export interface UrlOptions {
  limits?: FetchLimits;
  /** Resolves host names (the system's resolver by default; tests name their own). */
  resolve?: HostResolver;
  /** Fetch feed items' links on private, loopback, link-local and metadata addresses too. */
  allowPrivateAddresses?: boolean;
  /** YYYY-MM-DD: a publication date after tomorrow is not believed (today in UTC by default). */
  today?: string;
}

interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  kind: "feed" | "markup" | "text";
  text: string;
  warning?: string;
}

type PageFetch =
  | { ok: true; page: FetchedPage; validators: Validators }
  | { ok: false; error: string; refused?: true; notModified?: true };

async function fetchPage(url: string, limits: FetchLimits, network: FetchNetwork, validators: Validators = {}): Promise<PageFetch> {
  const fetched = await fetchLimited(url, limits, network, validators);
  if (!fetched.ok) return { ok: false, error: fetched.error, ...(fetched.refused ? { refused: true } : {}), ...(fetched.notModified ? { notModified: true } : {}) };
  const body = readPageBody(fetched.bytes, fetched.contentType, url);
  if (!body.ok) return body;
  const page = { url: fetched.url, kind: body.kind, text: body.text, ...(body.warning ? { warning: body.warning } : {}) };
  return { ok: true, page, validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
}

/** A fetched page as a document, by the one rule for a report's text: markup through Readability, anything else as a text report. */
function pageDocument(name: string, page: FetchedPage, source: LoadedDocument["source"], today: string, feedDates: DateStatement[] = []): LoadResult {
  return reportDocument(page.text, {
    name,
    url: page.url,
    html: page.kind === "markup",
    source,
    today,
    feedDates,
    outlet: hostOf(page.url),
    ...(page.warning ? { warning: page.warning } : {}),
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** The item's page, or why there is none: `refused` when the private-network guard stopped it. */
async function itemPage(item: FeedItem & { link: string }, today: string, limits: FetchLimits, network: FetchNetwork): Promise<{ ok: true; document: LoadedDocument } | { ok: false; error: string; refused?: true }> {
  const fetched = await fetchPage(item.link, limits, network);
  if (!fetched.ok) return fetched;
  if (fetched.page.kind === "feed") return { ok: false, error: `${item.link}: a feed, not an article page` };
  return pageDocument(item.link, fetched.page, "feed", today, item.dates);
}

/**
 * A feed item: its page when it can be fetched, else the item's own content. A page refused by the
 * private-network guard fails the item instead: the user must see the refusal (and may rerun with
 * --allow-private-addresses), and an excerpt stored now would be a second document beside the full
 * page stored then.
 */
export function feedItemCandidate(item: FeedItem, feedTitle: string | null, feedUrl: string, index: number, today: string, limits: FetchLimits, network: FetchNetwork): Candidate {
  const name = item.link ?? `${feedUrl} item ${index + 1}`;
  return {
    name,
    async load() {
      let pageError: string | null = null;
      if (item.link) {
        const page = await itemPage({ ...item, link: item.link }, today, limits, network);
        if (page.ok) return { ok: true, document: { ...page.document, title: page.document.title ?? item.title } };
        if (page.refused) return { ok: false, error: page.error };
        pageError = page.error;
      }
      if (!item.content) return { ok: false, error: pageError ?? `${name}: the feed item has neither a link nor content` };
      const body = htmlToDocument(item.content, item.link).text;
      const text = item.title && !body.startsWith(item.title) ? `${item.title}\n\n${body}` : body;
      if (!text.trim()) return { ok: false, error: pageError ?? `${name}: the feed item's content is empty` };
      // The item's content is an excerpt the feed carries: the feed's own date for it comes first.
      const dated = choosePublished([...item.dates, ...textDates(text)], today, name);
      const warnings = [...(pageError ? [`${pageError}; used the feed item's content instead`] : []), ...dated.warnings];
      return {
        ok: true,
        document: {
          text, url: item.link, outlet: feedTitle ?? hostOf(feedUrl), title: item.title, published: dated.published, source: "feed", ...(warnings.length > 0 ? { warnings } : {}),
        },
      };
    },
  };
}

/**
 * A URL's candidates: one for a page, one per item for a feed; an error when it cannot be read at all.
 * The URL itself is fetched as given (the user named it); its feed's links are held to `policy`.
 */
export async function expandUrl(url: string, options: UrlOptions = {}): Promise<{ ok: true; candidates: Candidate[] } | { ok: false; error: string }> {
  const limits = options.limits ?? {};
  const today = options.today ?? todayUtc();
  const resolve = options.resolve ? { resolve: options.resolve } : {};
  const fetched = await fetchPage(url, limits, resolve);
  if (!fetched.ok) return { ok: false, error: fetched.error };
  const page = fetched.page;
  if (page.kind === "feed") {
    const parsed = parseFeed(page.text, url);
    if (!parsed.ok) return parsed;
    const network = feedItemNetwork(page.url, options);
    return { ok: true, candidates: parsed.feed.items.map((item, index) => feedItemCandidate(item, parsed.feed.title, page.url, index, today, limits, network)) };
  }
  return { ok: true, candidates: [{ name: url, load: async () => pageDocument(url, page, "url", today) }] };
}

/** Where a feed's item pages may be fetched from: the feed's own origin (after its redirects) and public addresses. */
export function feedItemNetwork(feedUrl: string, options: UrlOptions = {}): FetchNetwork {
  const policy: AddressPolicy = { allowPrivate: options.allowPrivateAddresses ?? false, trustedOrigins: new Set([new URL(feedUrl).origin]) };
  return { ...(options.resolve ? { resolve: options.resolve } : {}), policy };
}

export type WatchedFeedFetch =
  | { ok: true; feed: Feed; url: string; validators: Validators }
  | { ok: false; notModified: true }
  | { ok: false; error: string };

/**
 * A watched feed, fetched with the validators of its last answer: `notModified` when the server
 * says it has not changed (no body sent), else its items; `url` is where it was found after redirects.
 */
export async function fetchWatchedFeed(url: string, validators: Validators, options: UrlOptions = {}): Promise<WatchedFeedFetch> {
  const fetched = await fetchPage(url, options.limits ?? {}, options.resolve ? { resolve: options.resolve } : {}, validators);
  if (!fetched.ok) return fetched.notModified ? { ok: false, notModified: true } : { ok: false, error: fetched.error };
  if (fetched.page.kind !== "feed") return { ok: false, error: `${url}: not an RSS or Atom feed` };
  const parsed = parseFeed(fetched.page.text, url);
  if (!parsed.ok) return parsed;
  return { ok: true, feed: parsed.feed, url: fetched.page.url, validators: fetched.validators };
}
