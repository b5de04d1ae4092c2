// The layout of a report: its header block, headline and body lines, and the lead that says
// what the report is about.
import { splitLines, splitSentences, type Span } from "./sentences.js";
import { tokenize, type Token } from "./text.js";

export interface Layout {
  /** Lines to read: the headline (if any) then the body, header metadata left out. */
  lines: Span[];
  titleLine: Span | null;
}

const HEADER_LINE = /^(?:title|outlet|published|date|url|language|lang|source|author|byline):\s/i;

/** A header block ("Title: …", "URL: …") describes the report; only its title is read, as the headline. */
export function readLayout(text: string): Layout {
  const allLines = splitLines(text);
  let headerTitle: Span | null = null;
  let bodyStart = 0;
  while (bodyStart < allLines.length && HEADER_LINE.test(text.slice(allLines[bodyStart]!.start, allLines[bodyStart]!.end))) {
    const line = allLines[bodyStart]!;
    if (/^title:/i.test(text.slice(line.start, line.end))) headerTitle = line;
    bodyStart++;
  }
  // a headline repeated under the header is the same headline
  const titleText = headerTitle ? text.slice(headerTitle.start, headerTitle.end).replace(/^title:\s*/i, "").trim() : null;
  const body = allLines.slice(bodyStart).filter((l) => titleText === null || text.slice(l.start, l.end).trim() !== titleText);
  const lines = headerTitle ? [headerTitle, ...body] : body;
  const titleLine = headerTitle ?? (lines[0] && isHeadline(text, lines[0]) ? lines[0] : null);
  return { lines, titleLine };
}

/** A first line with no closing punctuation reads as a headline. */
function isHeadline(text: string, line: Span): boolean {
  return !/[.!?]["'\u201d\u2019)]?$/.test(text.slice(line.start, line.end)) && line.end - line.start < 400;
}

/**
 * The tokens that say what the document is about: its headline and the first sentence of its
 * body (date and byline lines passed over), where reports name the crisis and place.
 */
export function leadTokens(text: string, norm: string, layout: Layout): Token[] {
  const { lines, titleLine } = layout;
  const tokens = titleLine ? tokenize(norm, titleLine.start, titleLine.end) : [];
  for (const line of lines.slice(titleLine ? 1 : 0, 8)) {
    const words = text.slice(line.start, line.end);
    if (line.end - line.start < 60 || /^[A-Z][a-z]+:\s/.test(words)) continue;
    const first = splitSentences(text, line)[0];
    if (first) tokens.push(...tokenize(norm, first.start, first.end));
    break;
  }
  return tokens;
}
