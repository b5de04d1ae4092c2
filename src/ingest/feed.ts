// RSS and Atom feeds: recognised by their root element (whatever the Content-Type says) and read
// with entity processing off. A feed declaring a DOCTYPE or entities is refused outright: no
// external entities (XXE), no entity expansion (billion laughs).
import { XMLParser } from "fast-xml-parser";
import { dateStatement, type DateStatement } from "./published-day.js";

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** What the feed says about when the item was published: RSS pubDate or dc:date, Atom published or updated. */
  dates: DateStatement[];
  /** The item's content or description, usually HTML. */
  content: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** The first element of an XML text, after its declaration, comments, processing instructions and DOCTYPE. */
function rootElement(text: string): string | null {
  let rest = text.slice(0, 4096).replace(/^\uFEFF/, "");
  for (;;) {
    const trimmed = rest.trimStart();
    const skip = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>)/i.exec(trimmed);
    if (!skip) {
      const tag = /^<([A-Za-z_][\w.:-]*)/.exec(trimmed);
      return tag ? tag[1]! : null;
    }
    rest = trimmed.slice(skip[0].length);
  }
}

export function isFeed(text: string): boolean {
  const root = rootElement(text)?.toLowerCase();
  return root === "rss" || root === "feed" || root === "rdf:rdf" || root === "rdf";
}

/** The five XML entities and character references: all a feed may use once DTDs are refused. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[lower] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** Text of an element that may be a string, an object with #text, or a list of them. */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "object") return textOf((value as Record<string, unknown>)["#text"]);
  const text = decodeXmlEntities(String(value)).trim();
  return text === "" ? null : text;
}

/** An Atom entry's link: rel="alternate" (or no rel) first; an RSS <link> is its text. */
function linkOf(links: unknown): string | null {
  if (!Array.isArray(links)) return textOf(links);
  const candidates = links.map((link) =>
    typeof link === "object" && link !== null && "@_href" in link
      ? { href: decodeXmlEntities(String((link as Record<string, unknown>)["@_href"])), rel: String((link as Record<string, unknown>)["@_rel"] ?? "alternate") }
      : { href: textOf(link), rel: "alternate" },
  );
  return (candidates.find((link) => link.rel === "alternate") ?? candidates[0])?.href ?? null;
}

/** The item's date elements that are present, in the order given. */
function itemDates(elements: Array<[string, unknown]>): DateStatement[] {
  return elements.map(([from, value]) => dateStatement(from, textOf(value))).filter((statement) => statement !== null);
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; error: string };

export function parseFeed(text: string, name: string): FeedResult {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    return { ok: false, error: `${name}: the feed declares a DOCTYPE or entities; refused (external entities and entity expansion are not allowed)` };
  }
  let tree: Record<string, any>;
  try {
    tree = parser.parse(text, true) as Record<string, any>;
  } catch (error) {
    return { ok: false, error: `${name}: not well-formed XML (${(error as Error).message.split("\n")[0]})` };
  }
  const rss = tree.rss?.channel ?? tree["rdf:RDF"]?.channel;
  const rssItems: any[] = tree.rss?.channel?.item ?? tree["rdf:RDF"]?.item ?? [];
  if (rss || tree["rdf:RDF"]) {
    return {
      ok: true,
      feed: {
        title: textOf(rss?.title),
        items: rssItems.map((item) => ({
          title: textOf(item.title),
          link: linkOf(item.link) ?? (item.guid?.["@_isPermaLink"] !== "false" ? textOf(item.guid) : null),
          dates: itemDates([["the feed item's pubDate", item.pubDate], ["the feed item's dc:date", item["dc:date"]]]),
          content: textOf(item["content:encoded"]) ?? textOf(item.description),
        })),
      },
    };
  }
  if (tree.feed) {
    const entries: any[] = tree.feed.entry ?? [];
    return {
      ok: true,
      feed: {
        title: textOf(tree.feed.title),
        items: entries.map((entry) => ({
          title: textOf(entry.title),
          link: linkOf(entry.link),
          dates: itemDates([["the feed entry's published", entry.published], ["the feed entry's updated", entry.updated]]),
          content: textOf(entry.content) ?? textOf(entry.summary),
        })),
      },
    };
  }
  return { ok: false, error: `${name}: XML, but neither an RSS nor an Atom feed` };
}
