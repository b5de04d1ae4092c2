// What a web page states about when it was published, in the order we trust it: the article's own
// publication tag, JSON-LD, the article's <time>, then the generic <meta> names; modification times last.
import { jsonLdTypes } from "./json-ld.js";
import { dateStatement, type DateStatement } from "./published-day.js";

/** Open Graph's article tag: what publishers fill for the story itself, and what link previews show. */
const ARTICLE_TAGS = ["article:published_time", "og:article:published_time"];
/** Older or CMS-specific names: often the page's build or index day rather than the story's. */
const GENERIC_NAMES = ["date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published"];
/**
 * When the page last changed: a correction or an update may come days after the story, and the
 * story's "on Tuesday" is counted from when it was written, not from the update. Only a page that
 * states nothing else is dated by it (with a warning), since an approximate day beats none at all.
 */
const MODIFIED_TAGS = ["article:modified_time", "og:updated_time"];

/** schema.org types of a story, whose datePublished is the story's rather than its website's. */
const STORY_TYPE = /Article$|^BlogPosting$|^LiveBlogPosting$|^Report$|^SocialMediaPosting$/;

/** Every <meta> value by its property, name or itemprop, lower-cased, in page order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const key = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop"))?.trim().toLowerCase();
    const content = meta.getAttribute("content");
    if (!key || !content?.trim()) continue;
    values.set(key, [...(values.get(key) ?? []), content]);
  }
  return values;
}

function fromMeta(values: Map<string, string[]>, keys: string[], options: { lastResort?: boolean } = {}): DateStatement[] {
  return keys.flatMap((key) => (values.get(key) ?? []).map((value) => dateStatement(`<meta ${key}>`, value, options)).filter((s) => s !== null));
}

/** JSON-LD's `key` (datePublished, dateModified): stories' first, then any other object's (a WebPage's). */
function fromJsonLd(objects: Record<string, unknown>[], key: string, options: { lastResort?: boolean } = {}): DateStatement[] {
  const isStory = (object: Record<string, unknown>) => jsonLdTypes(object).some((type) => STORY_TYPE.test(type));
  const ordered = [...objects.filter(isStory), ...objects.filter((object) => !isStory(object))];
  return ordered
    .map((object) => object[key])
    .filter((value): value is string => typeof value === "string")
    .map((value) => dateStatement(`JSON-LD ${key}`, value, options))
    .filter((s) => s !== null);
}

/** An element's machine-readable date: its datetime or content attribute, else its text. */
function elementDate(element: Element): string | null {
  return element.getAttribute("datetime") ?? element.getAttribute("content") ?? element.textContent;
}

/**
 * Microdata and <time>: an element marked itemprop="datePublished", a <time pubdate>, then the
 * first <time datetime> inside <article> (its byline). A <time> elsewhere on the page (a clock in
 * the header, a list of other stories) says nothing about this story, so it is not read.
 */
function fromMarkup(document: Document): DateStatement[] {
  const marked = Array.from(document.querySelectorAll("[itemprop]")).filter(
    (element) => element.tagName.toLowerCase() !== "meta" && /(^|\s)datepublished(\s|$)/i.test(element.getAttribute("itemprop") ?? ""),
  );
  const statements = [
    ...marked.map((element) => dateStatement('itemprop="datePublished"', elementDate(element))),
    ...Array.from(document.querySelectorAll("time[pubdate]")).map((element) => dateStatement("<time pubdate>", elementDate(element))),
    dateStatement("<time> in the article", document.querySelector("article time[datetime]")?.getAttribute("datetime")),
  ];
  return statements.filter((s) => s !== null);
}

/**
 * The page's date statements, most trusted first: article:published_time, JSON-LD datePublished,
 * itemprop="datePublished" and the article's <time>, the generic <meta> names (date, pubdate,
 * DC.date.issued, parsely-pub-date, sailthru.date…); then, marked last resort, its modification times.
 * The text's own date line (read after Readability) ranks between the two: see reportDocument.
 */
export function pageDates(document: Document, jsonLd: Record<string, unknown>[]): DateStatement[] {
  const meta = metaValues(document);
  const itempropMeta = fromMeta(meta, ["datepublished"]).map((statement) => ({ ...statement, from: 'itemprop="datePublished"' }));
  return [
    ...fromMeta(meta, ARTICLE_TAGS),
    ...fromJsonLd(jsonLd, "datePublished"),
    ...itempropMeta,
    ...fromMarkup(document),
    ...fromMeta(meta, GENERIC_NAMES),
    ...fromMeta(meta, MODIFIED_TAGS, { lastResort: true }),
    ...fromJsonLd(jsonLd, "dateModified", { lastResort: true }),
  ];
}
