// Decoding a fetched page or feed: the byte-order mark, then the charset the server declares,
// then the one the document declares (<meta charset>, <?xml encoding?>), then UTF-8 when the bytes
// are valid UTF-8, else Windows-1252. A declaration the bytes contradict is overruled, with a warning.
import { decodeWindows1252 } from "./read-file.js";

export interface Decoded {
  text: string;
  /** The charset used, by its WHATWG name. */
  charset: string;
  warning?: string;
}

/** WHATWG maps all of these labels to windows-1252, and Node's TextDecoder gets 0x80–0x9F wrong for it. */
const WINDOWS_1252_LABELS = new Set(["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "ibm819", "iso-ir-100"]);

export function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match ? match[1]!.toLowerCase() : null;
}

/** The charset a document declares in its first 1024 bytes: <meta charset>, http-equiv, or the XML declaration. */
export function declaredInDocument(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

function decodeAs(bytes: Uint8Array, label: string): Decoded | null {
  if (WINDOWS_1252_LABELS.has(label)) return { text: decodeWindows1252(bytes), charset: "windows-1252" };
  if (label === "utf-8" || label === "utf8") {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
    } catch {
      return null; // declared UTF-8 but is not: let the caller fall back
    }
  }
  try {
    const decoder = new TextDecoder(label);
    return { text: decoder.decode(bytes), charset: decoder.encoding };
  } catch {
    return null; // a label this runtime does not know
  }
}

export function decodeBody(bytes: Uint8Array, contentType: string | null, name: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes), charset: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), charset: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), charset: "utf-16be" };
  const declarations = [charsetFromContentType(contentType), declaredInDocument(bytes)].filter((label): label is string => label !== null);
  for (const label of declarations) {
    const decoded = decodeAs(bytes, label);
    if (decoded) return declarations[0] === label ? decoded : { ...decoded, warning: `${name}: declared ${declarations[0]} but is not; read as ${decoded.charset}` };
  }
  const utf8 = decodeAs(bytes, "utf-8");
  if (utf8) return utf8;
  const fallback = { text: decodeWindows1252(bytes), charset: "windows-1252" };
  return declarations.length > 0 ? { ...fallback, warning: `${name}: declared ${declarations[0]} but is not; read as windows-1252` } : fallback;
}
