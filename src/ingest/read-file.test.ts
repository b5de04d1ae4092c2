import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeReport, decodeUtf8, describeReadError, formatBytes, readReportFile, readStdin, readStream } from "./read-file.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

function utf16(text: string, order: "le" | "be", bom = true): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    const [first, second] = order === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[i * 2] = first;
    out[i * 2 + 1] = second;
  });
  return out;
}

describe("decodeReport", () => {
  it("reads plain UTF-8", () => {
    expect(decodeReport(utf8("Rescuers counted 40 dead."), "a.txt")).toEqual({ ok: true, text: "Rescuers counted 40 dead.", encoding: "utf-8" });
  });

  it("drops a UTF-8 byte-order mark", () => {
    const result = decodeReport(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Café owners said 12 were hurt.")]), "bom.txt");
    expect(result).toEqual({ ok: true, text: "Café owners said 12 were hurt.", encoding: "utf-8" });
  });

  it("decodes UTF-16 little- and big-endian with a byte-order mark", () => {
    const text = "At least 70 people were wounded — officials said.";
    expect(decodeReport(utf16(text, "le"), "le.txt")).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeReport(utf16(text, "be"), "be.txt")).toEqual({ ok: true, text, encoding: "utf-16be" });
  });

  it("recognises UTF-16 without a byte-order mark, with a warning", () => {
    const result = decodeReport(utf16("Some 300 families fled the town.", "le", false), "nobom.txt");
    expect(result).toMatchObject({ ok: true, text: "Some 300 families fled the town.", encoding: "utf-16le" });
    expect(result.ok && result.warning).toBe("nobom.txt: no byte-order mark; read as UTF-16LE");
  });

  it("falls back to Windows-1252 for invalid UTF-8 and says where it broke", () => {
    // "Caf\xe9 \x93quoted\x94": é and curly quotes as Windows-1252 bytes.
    const raw = new Uint8Array([...utf8("Caf"), 0xe9, 0x20, 0x93, ...utf8("quoted"), 0x94]);
    const result = decodeReport(raw, "old.txt");
    expect(result).toEqual({
      ok: true,
      text: "Café \u201cquoted\u201d",
      encoding: "windows-1252",
      warning: "old.txt: not valid UTF-8 (first bad byte at offset 3); read as Windows-1252",
    });
  });

  it("refuses an empty or whitespace-only input", () => {
    expect(decodeReport(new Uint8Array(), "e.txt")).toEqual({ ok: false, error: "e.txt: empty file" });
    expect(decodeReport(utf8("  \n\t\r\n "), "w.txt")).toEqual({ ok: false, error: "w.txt: empty file (only whitespace)" });
    expect(decodeReport(bytes(0xef, 0xbb, 0xbf, 0x0a), "bom-only.txt")).toEqual({ ok: false, error: "bom-only.txt: empty file (only whitespace)" });
  });

  it("refuses binary data with NUL bytes", () => {
    const pdfLike = new Uint8Array([...utf8("%PDF-1.7\n"), 0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x9c, 0x00]);
    expect(decodeReport(pdfLike, "report.pdf")).toEqual({
      ok: false,
      error: "report.pdf: binary file (NUL bytes in the first 8 KiB), not a text report",
    });
  });

  it("refuses binary data without NUL bytes by its share of control characters", () => {
    const noise = new Uint8Array(4096).map((_, i) => 1 + (i * 37) % 31);
    const result = decodeReport(noise, "noise.bin");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^noise\.bin: binary file \(\d+% control characters in the first 8 KiB\), not a text report$/);
  });

  it("keeps text with the odd form feed or escape", () => {
    const text = `Page one.\f${"The ministry said 18 were detained. ".repeat(20)}\x1b`;
    expect(decodeReport(utf8(text), "paged.txt")).toMatchObject({ ok: true, encoding: "utf-8" });
  });
});

describe("describeReadError", () => {
  it("names the file and the problem", () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeReadError("a.txt", error("ENOENT"))).toBe("a.txt: no such file");
    expect(describeReadError("a.txt", error("EACCES"))).toBe("a.txt: permission denied");
    expect(describeReadError("a", error("EISDIR"))).toBe("a: is a directory, not a report file");
    expect(describeReadError("a.txt", error("EIO"))).toBe("a.txt: cannot read (EIO)");
  });
});

describe("formatBytes", () => {
  it("reads like a person would say it", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(900)).toBe("900 bytes");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(16 * 1024 * 1024)).toBe("16 MiB");
    expect(formatBytes(50_000_000)).toBe("47.7 MiB");
  });
});

describe("readReportFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tally-read-file-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads a text file", async () => {
    const path = join(dir, "ok.txt");
    await writeFile(path, "Officials said 25 people were killed.\n");
    expect(await readReportFile(path)).toEqual({ ok: true, text: "Officials said 25 people were killed.\n", encoding: "utf-8" });
  });

  it("reports a missing file", async () => {
    const path = join(dir, "nope.txt");
    expect(await readReportFile(path)).toEqual({ ok: false, error: `${path}: no such file` });
  });

  it("reports a directory", async () => {
    const path = join(dir, "folder");
    await mkdir(path);
    expect(await readReportFile(path)).toEqual({ ok: false, error: `${path}: is a directory, not a report file` });
  });

  it("refuses a file over the cap without reading it, naming size, cap and flag", async () => {
    const path = join(dir, "huge.txt");
    await writeFile(path, "");
    await truncate(path, 50 * 1024 * 1024);
    expect(await readReportFile(path)).toEqual({
      ok: false,
      error: `${path}: 50 MiB, over the 16 MiB size limit (raise it with --max-bytes)`,
    });
  });

  it("honours a smaller cap", async () => {
    const path = join(dir, "small-cap.txt");
    await writeFile(path, "Twelve people were hurt in the blast.");
    expect(await readReportFile(path, { maxBytes: 10 })).toEqual({
      ok: false,
      error: `${path}: 37 bytes, over the 10 bytes size limit (raise it with --max-bytes)`,
    });
  });

  const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
  it.skipIf(!hasMkfifo)("streams a named pipe, which has no size to check first, up to the cap", async () => {
    const path = join(dir, "pipe");
    spawnSync("mkfifo", [path]);
    const writer = writeFile(path, "Forty people were killed, the ministry said.");
    expect(await readReportFile(path)).toEqual({ ok: true, text: "Forty people were killed, the ministry said.", encoding: "utf-8" });
    await writer;
    const again = writeFile(path, "x".repeat(100)).catch(() => undefined);
    expect(await readReportFile(path, { maxBytes: 10 })).toEqual({ ok: false, error: `${path}: more than 10 bytes, over the 10 bytes size limit (raise it with --max-bytes)` });
    await again;
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)("reports a file it may not read (skipped as root: root reads any file)", async () => {
    const path = join(dir, "locked.txt");
    await writeFile(path, "Nine were detained.");
    await chmod(path, 0o000);
    expect(await readReportFile(path)).toEqual({ ok: false, error: `${path}: permission denied` });
  });
});

describe("readStream and readStdin", () => {
  it("reads a stream in chunks", async () => {
    const stream = Readable.from([Buffer.from("About 3,000 "), Buffer.from("were killed.")]);
    expect(await readStdin({}, stream)).toEqual({ ok: true, text: "About 3,000 were killed.", encoding: "utf-8" });
  });

  it("stops a stream that passes the cap", async () => {
    const stream = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
    expect(await readStream(stream, "-", { maxBytes: 1000 })).toEqual({
      ok: false,
      error: "-: more than 1000 bytes, over the 1000 bytes size limit (raise it with --max-bytes)",
    });
  });
});

describe("decodeUtf8", () => {
  /** Bytes near the edges of UTF-8: byte-order marks, surrogates, overlong forms, beyond U+10FFFF. */
  const PIECES = [[0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xc0, 0x80], [0xc2, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80, 0x9c], [0xf0, 0x9f, 0x99, 0x82], [0x41], [0x0a], [0x80], [0xff]];
  const bytesLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.uint8Array({ maxLength: 3 }).map((b) => [...b])), { maxLength: 30 }).map((parts) => Uint8Array.from(parts.flat()));

  it("accepts and decodes exactly what a fatal TextDecoder does", () => {
    fc.assert(
      fc.property(bytesLike, (bytes) => {
        let expected: string | null;
        try {
          expected = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          expected = null;
        }
        expect(decodeUtf8(bytes)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
