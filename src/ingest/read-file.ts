// Reads one report from a file or a stream and decodes it to text, refusing what is not a text
// report (missing, a directory, empty, binary, too big) with one line that names the input.
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { open } from "node:fs/promises";

export type ReportEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type ReadResult =
  | { ok: true; text: string; encoding: ReportEncoding; warning?: string }
  | { ok: false; error: string };

/** 16 MiB: far above any article, low enough that a stray disk image is refused before it is read. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** Refuse inputs larger than this many bytes (default 16 MiB). */
  maxBytes?: number;
}

/** "12.0 MiB", "640 KiB", "17 bytes": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}

function tooBig(name: string, size: number | null, maxBytes: number): ReadResult {
  const what = size === null ? `more than ${formatBytes(maxBytes)}` : `${formatBytes(size)}`;
  return {
    ok: false,
    error: `${name}: ${what}, over the ${formatBytes(maxBytes)} size limit (raise it with --max-bytes)`,
  };
}

/** Turns a file-system error into the one line a user can act on. */
export function describeReadError(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return `${name}: no such file`;
    case "EACCES":
    case "EPERM":
      return `${name}: permission denied`;
    case "EISDIR":
      return `${name}: is a directory, not a report file`;
    case "ENOTDIR":
      return `${name}: a part of the path is not a directory`;
    case "ELOOP":
      return `${name}: too many symbolic links`;
    case "EMFILE":
    case "ENFILE":
      return `${name}: too many open files`;
    default:
      return `${name}: cannot read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Reads a stream to its end, stopping as soon as it passes maxBytes. */
export async function readStream(
  stream: AsyncIterable<Uint8Array | string>,
  name: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      total += bytes.byteLength;
      if (total > maxBytes) return tooBig(name, null, maxBytes);
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, error: describeReadError(name, error) };
  }
  return decodeReport(Buffer.concat(chunks, total), name);
}

/** Reads standard input as one report, named "-" in messages like on the command line. */
export function readStdin(options: ReadOptions = {}, stdin: AsyncIterable<Uint8Array | string> = process.stdin): Promise<ReadResult> {
  return readStream(stdin, "-", options);
}

/**
 * Reads the report at `path`. The size is checked with stat before anything is read, so an
 * oversized file costs nothing; pipes and devices (no size) are read up to the cap.
 * A regular file is read with synchronous calls: each awaited call goes through the thread pool
 * and, on a run over thousands of files, costs about ten times the synchronous one.
 */
export async function readReportFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    return { ok: false, error: describeReadError(path, error) };
  }
  if (info.isDirectory()) return { ok: false, error: `${path}: is a directory, not a report file` };
  if (!info.isFile()) return readSpecialFile(path, maxBytes);
  if (info.size > maxBytes) return tooBig(path, info.size, maxBytes);

  let fd;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    return { ok: false, error: describeReadError(path, error) };
  }
  try {
    // Read at most one byte past the cap, in case the file grew since stat.
    const bytes = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < bytes.length) {
      const bytesRead = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return tooBig(path, null, maxBytes);
    return decodeReport(bytes.subarray(0, filled), path);
  } catch (error) {
    return { ok: false, error: describeReadError(path, error) };
  } finally {
    closeSync(fd);
  }
}

/** A pipe or a device: no size to check first, so it is streamed up to the cap. */
async function readSpecialFile(path: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    return { ok: false, error: describeReadError(path, error) };
  }
  try {
    return await readStream(handle.createReadStream({ autoClose: false }), path, { maxBytes });
  } finally {
    await handle.close();
  }
}

/** How much of the start of a file the binary checks look at. */
const SNIFF_BYTES = 8 * 1024;
/** Share of control characters above which text is taken for binary data; real text has ~0. */
export const MAX_CONTROL_SHARE = 0.05;

function isControl(code: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return are whitespace, not noise.
  if (code < 0x20) return code < 0x09 || code > 0x0d;
  return code === 0x7f || (code >= 0x80 && code <= 0x9f) || code === 0xfffd;
}

/** The share of control characters among the first SNIFF_BYTES characters of decoded text. */
export function controlShare(text: string): number {
  const sample = Math.min(text.length, SNIFF_BYTES);
  if (sample === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls / sample;
}

/**
 * UTF-16 written without a byte-order mark: in mostly-Latin text every other byte is NUL.
 * Returns the byte order, or null when the NULs do not fall that way (then it is binary).
 */
function sniffBomlessUtf16(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNuls++;
    if (head[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.9 && evenNuls === 0) return "utf-16le";
  if (evenNuls >= pairs * 0.9 && oddNuls === 0) return "utf-16be";
  return null;
}

/**
 * Windows-1252 code points for bytes 0x80–0x9F (undefined bytes stay C1 controls, as WHATWG says).
 * Node 20's TextDecoder("windows-1252") decodes these bytes as Latin-1 instead, so we map them here.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte;
  }
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 0x8000) parts.push(String.fromCharCode(...units.subarray(i, i + 0x8000)));
  return parts.join("");
}

/** Offset of the first byte that breaks UTF-8, for a warning a user can check with a hex viewer. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", name: string, warning?: string): ReadResult {
  // TextDecoder drops a leading BOM itself; an odd trailing byte becomes U+FFFD.
  const text = new TextDecoder(encoding).decode(bytes);
  const notes = [warning, bytes.length % 2 === 1 ? "odd number of bytes; the last one was dropped" : undefined].filter(Boolean);
  return checkText(text, encoding, name, notes.length > 0 ? `${name}: ${notes.join("; ")}` : undefined);
}

/** The checks that apply whatever the encoding: nothing but whitespace, or control noise. */
function checkText(text: string, encoding: ReportEncoding, name: string, warning?: string): ReadResult {
  // (\S is what trim() keeps: the test reads up to the first visible character instead of copying the text)
  if (!/\S/.test(text)) return { ok: false, error: `${name}: empty file (only whitespace)` };
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      error: `${name}: binary file (${Math.round(share * 100)}% control characters in the first 8 KiB), not a text report`,
    };
  }
  return warning === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, warning };
}

/**
 * Decodes a report's bytes: a byte-order mark decides UTF-8 or UTF-16; otherwise UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (the usual encoding of old Western text) with a warning.
 * `name` is the file as the user gave it; every message starts with it.
 */
export function decodeReport(bytes: Uint8Array, name: string): ReadResult {
  if (bytes.length === 0) return { ok: false, error: `${name}: empty file` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, "utf-16le", name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, "utf-16be", name);
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!hasUtf8Bom && head.includes(0)) {
    const order = sniffBomlessUtf16(head);
    if (order) return decodeUtf16(bytes, order, name, `no byte-order mark; read as ${order.toUpperCase()}`);
    return { ok: false, error: `${name}: binary file (NUL bytes in the first 8 KiB), not a text report` };
  }

  const text = decodeUtf8(bytes);
  if (text !== null) return checkText(text, "utf-8", name);
  const at = firstInvalidUtf8(bytes);
  return checkText(decodeWindows1252(bytes), "windows-1252", name, `${name}: not valid UTF-8 (first bad byte at offset ${at}); read as Windows-1252`);
}

/**
 * Valid UTF-8 as text, less a leading byte-order mark (as TextDecoder gives it), else null.
 * Checked and decoded by Node's buffer functions: a fatal TextDecoder costs several times more
 * per file, and `tally extract` reads thousands of them.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
