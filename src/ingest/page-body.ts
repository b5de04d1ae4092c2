// What a fetched body is, decided by its Content-Type and its first bytes, never by the URL: a feed,
// markup, plain text, or not a report at all (empty, a PDF, an image, JSON, binary data), which is
// refused with one line naming the URL and what it is.
import { decodeBody } from "./charset.js";
import { isFeed } from "./feed.js";
import { hasMarkup } from "./html-text.js";
import { controlShare, MAX_CONTROL_SHARE } from "./read-file.js";

export type PageBody =
  | { ok: true; kind: "feed" | "markup" | "text"; text: string; warning?: string }
  | { ok: false; error: string };

/** Magic numbers of the files most often found behind a link: what the first bytes say, whatever the server claims. */
const SIGNATURES: Array<{ what: string; bytes: number[]; at?: number; also?: { bytes: number[]; at: number } }> = [
  { what: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { what: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { what: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { what: "a WebP image", bytes: [0x52, 0x49, 0x46, 0x46], also: { bytes: [0x57, 0x45, 0x42, 0x50], at: 8 } }, // RIFF….WEBP
  { what: "a TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { what: "a TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: "a ZIP archive (or an Office document)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: "an old Office document", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: "gzip-compressed data", bytes: [0x1f, 0x8b] },
  { what: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { what: "an MP4 or QuickTime video", bytes: [0x66, 0x74, 0x79, 0x70], at: 4 }, // ….ftyp
  { what: "an MP3 file", bytes: [0x49, 0x44, 0x33] }, // ID3
  { what: "an executable", bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
];

function startsWith(bytes: Uint8Array, expected: number[], at = 0): boolean {
  return bytes.length >= at + expected.length && expected.every((byte, index) => bytes[at + index] === byte);
}

/** What the first bytes say the body is ("a PDF document"), or null when they match no known binary format. */
export function binarySignature(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find(({ bytes: expected, at, also }) => startsWith(bytes, expected, at) && (!also || startsWith(bytes, also.bytes, also.at)));
  return found?.what ?? null;
}

/** Media types read as pages and feeds; anything else is refused by its type alone. */
const READABLE_TYPE = /^(?:text\/(?:html|plain|xml|markdown|x-markdown)|application\/(?:xhtml\+xml|xml)|[\w.+-]+\/[\w.+-]+\+xml)$/;
/** Media types that say nothing about the content: the bytes decide. */
const UNDECLARED_TYPE = new Set(["", "application/octet-stream", "binary/octet-stream", "application/unknown", "unknown/unknown"]);
const PLAIN_TYPE = /^text\/(?:plain|markdown|x-markdown)$/;

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Whether a body declared (by byte-order mark or charset) as UTF-16 may hold NUL bytes as text does. */
function declaredUtf16(bytes: Uint8Array, contentType: string | null): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || /charset\s*=\s*["']?utf-16/i.test(contentType ?? "");
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** Reads a fetched body as a feed, markup or plain text; refuses, naming `name`, what is not a report. */
export function readPageBody(bytes: Uint8Array, contentType: string | null, name: string): PageBody {
  const type = mediaType(contentType);
  const undeclared = UNDECLARED_TYPE.has(type);
  if (!undeclared && !READABLE_TYPE.test(type)) return { ok: false, error: `${name}: ${type}, not a text or HTML page` };
  const signature = binarySignature(bytes);
  if (signature) return { ok: false, error: `${name}: ${signature}${undeclared ? "" : ` served as ${type}`}, not a text or HTML page` };
  if (bytes.length === 0) return { ok: false, error: `${name}: the page is empty` };
  if (!declaredUtf16(bytes, contentType) && bytes.subarray(0, 8192).includes(0)) return { ok: false, error: `${name}: binary content (NUL bytes), not a report` };
  const decoded = decodeBody(bytes, contentType, name);
  const text = decoded.text;
  const warning = decoded.warning === undefined ? {} : { warning: decoded.warning };
  if (!text.trim()) return { ok: false, error: `${name}: the page is empty` };
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) return { ok: false, error: `${name}: binary content (${Math.round(share * 100)}% control characters), not a report` };
  if (isFeed(text)) return { ok: true, kind: "feed", text, ...warning };
  if (PLAIN_TYPE.test(type)) return { ok: true, kind: "text", text, ...warning };
  if (hasMarkup(text)) return { ok: true, kind: "markup", text, ...warning };
  if (looksLikeJson(text)) return { ok: false, error: `${name}: JSON data, not a text or HTML page` };
  return { ok: true, kind: "text", text, ...warning };
}
