// HTML to the text a report is read from: the main article (Readability over a linkedom
// document), as paragraphs separated by blank lines, headed by its title.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { readPageMeta, type PageMeta } from "./page-meta.js";

export interface HtmlDocument extends PageMeta {
  text: string;
}

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6",
  "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "FORM"]);

/** The text of a node as paragraphs: blocks and <br> break lines, runs of whitespace collapse. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    const trimmed = line.replace(/\s+/g, " ").trim();
    if (trimmed) paragraphs.push(trimmed);
    line = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? "";
    if (SKIPPED.has(tag)) return;
    if (tag === "BR") return flush();
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** A tag, comment or doctype: text without any of these is plain text, whatever its name or Content-Type says. */
const MARKUP = /<(?:!--|!doctype[\s>]|\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>)/i;

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/**
 * A document linkedom can always walk: linkedom takes the first element for the document element,
 * so text with no <html> (a fragment, a lone <head>, plain words) is wrapped in one, or its
 * document element is null and its body a throw.
 */
function parseDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html.replace(/^\uFEFF?\s*(<!doctype[^>]*>)?/i, "")}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

/** The text of the page's body; when the body is empty (content outside it), of the whole document but its head. */
function bodyText(document: Document): string {
  const body = document.body;
  const text = body ? blockText(body as unknown as Node) : "";
  if (text.trim() || !document.documentElement) return text;
  const root = document.documentElement;
  for (const head of Array.from(root.querySelectorAll("head, title"))) head.remove();
  return blockText(root as unknown as Node);
}

/** Readability's main article as paragraphs, or "" when it finds none or gives up on the markup. */
function articleText(document: Document): string {
  try {
    const article = new Readability(document, { charThreshold: 100 }).parse();
    return article?.content ? bodyText(parseDocument(article.content)) : "";
  } catch {
    return ""; // Readability gives up on some markup; the plain body text still serves.
  }
}

/** A page's title, outlet, date statements and main text; falls back to the whole body when Readability finds no article. Never throws. */
export function htmlToDocument(html: string, url: string | null): HtmlDocument {
  let meta: PageMeta = { title: null, outlet: null, dates: [], language: null };
  let body = "";
  try {
    const document = parseDocument(html);
    meta = readPageMeta(document, url);
    // Readability rewrites the document it is given (after its metadata was read), so the fallback reads a fresh one.
    body = articleText(document) || bodyText(parseDocument(html));
  } catch {
    // Markup linkedom cannot build a tree from: its text without the tags is all there is.
    body = html.replace(/<[^>]*>/g, " ").replace(/[ \t]+/g, " ").trim();
  }
  const title = meta.title ? meta.title.replace(/\s+/g, " ").trim() : null;
  // The headline leads the text as in a report file, so that a figure in it is read like one.
  const text = title && !body.startsWith(title) ? (body ? `${title}\n\n${body}` : title) : body;
  return { ...meta, title, text };
}
