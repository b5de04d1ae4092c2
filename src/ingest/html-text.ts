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

/** A page's title, outlet, date and main text; falls back to the whole body when Readability finds no article. */
export function htmlToDocument(html: string, url: string | null): HtmlDocument {
  const { document } = parseHTML(html);
  const meta = readPageMeta(document as unknown as Document, url);
  let body = "";
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (article?.content) body = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as Node);
  } catch {
    // Readability gives up on some markup; the plain body text below still serves.
  }
  if (!body.trim()) body = blockText(parseHTML(html).document.body as unknown as Node);
  const title = meta.title ? meta.title.replace(/\s+/g, " ").trim() : null;
  // The headline leads the text as in a report file, so that a figure in it is read like one.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { ...meta, title, text };
}
