// Quoted evidence and claimant names as every view shows them: a quote set in its own direction
// (Persian and Arabic right to left, isolated inside the English page) with the claim's figure marked
// in place, and a claimant's canonical name beside the form the quote wrote it in ("HRANA (هرانا)").
import { languageOfText } from "../domain/language.js";
import { originalClaimantForm, type ClaimantAliases } from "./claimant-forms.js";
import { quoteDirection, textDirection } from "./direction.js";
import { markFigure } from "./highlight.js";
import { html, type SafeHtml } from "./html.js";
import { figureInQuote, type ClaimFigure } from "./quote-figure.js";

export interface Quote {
  text: string;
  /** The claim the quote is evidence for: its figure is marked. */
  claim?: ClaimFigure | null;
  /** The document's language, when known; otherwise the quote's words decide. */
  language?: string | null;
}

const ASCII = /^[\x00-\x7f]*$/;

/** The language to declare on a quote: the document's, else the one its words plainly show; none for English, the page's own. */
function quoteLanguage(text: string, language: string | null | undefined): string | null {
  // An ASCII quote is English or too plain to tell: the page's language serves, and no words need counting.
  const code = language ?? (ASCII.test(text) ? null : languageOfText(text));
  return code && code !== "en" && code !== "und" ? code : null;
}

/** ` dir="…" lang="…"` for an element holding `text`: the dir always, so the text is isolated from the page's. */
export function directionAttributes(text: string, language?: string | null): SafeHtml {
  const lang = quoteLanguage(text, language);
  return html` dir="${quoteDirection(text, language)}"${lang ? html` lang="${lang}"` : ""}`;
}

export interface QuoteOptions {
  /** The element: a block quote (the default), or a table cell. */
  tag?: "blockquote" | "td";
  className?: string;
  /** Makes the quote a link (to the sentence in its document). */
  href?: string;
}

/** The evidence element: the quote in its own direction, its figure marked where it stands. */
export function evidenceQuote(quote: Quote, options: QuoteOptions = {}): SafeHtml {
  const figure = quote.claim ? figureInQuote(quote.text, quote.claim, quote.language) : null;
  const marked = markFigure(quote.text, figure);
  const body = options.href ? html`<a href="${options.href}">${marked}</a>` : marked;
  const className = ["evidence", options.className].filter(Boolean).join(" ");
  const attributes = html`class="${className}"${directionAttributes(quote.text, quote.language)}`;
  return options.tag === "td" ? html`<td ${attributes}>${body}</td>` : html`<blockquote ${attributes}>${body}</blockquote>`;
}

/** A name isolated from the text around it when it runs right to left, so it cannot reorder its neighbours. */
export function isolatedName(name: string): SafeHtml {
  return textDirection(name) === "rtl" ? html`<bdi dir="rtl">${name}</bdi>` : html`${name}`;
}

/** "(هرانا)" after a canonical name, when one of the quotes writes the claimant in another script; nothing otherwise. */
export function originalForm(canonical: string | null, quotes: readonly string[], aliases?: ClaimantAliases): SafeHtml | "" {
  for (const quote of quotes) {
    const original = originalClaimantForm(canonical, quote, aliases);
    // A name is too short to tell Persian from Arabic: its sentence tells.
    if (original) return html` (<bdi class="claimant-original"${directionAttributes(original, languageOfText(quote))}>${original}</bdi>)`;
  }
  return "";
}

/**
 * A claimant's canonical name (as given, or as markup such as a link) and, after it, its original form in
 * the quotes, the two in one element so a flex row keeps them together.
 */
export function claimantWithOriginal(canonical: string, quotes: readonly string[], shown: SafeHtml = isolatedName(canonical), aliases?: ClaimantAliases): SafeHtml {
  const original = originalForm(canonical, quotes, aliases);
  return original ? html`<span class="claimant">${shown}${original}</span>` : shown;
}
