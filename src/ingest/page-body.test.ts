import { describe, expect, it } from "vitest";
import { binarySignature, readPageBody } from "./page-body.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const URL_NAME = "http://news.example/a";

describe("readPageBody", () => {
  it.each([
    ["text/html", "<html><body><p>40 killed</p></body></html>", "markup"],
    ["text/html; charset=utf-8", "Officials said 40 people were killed.", "text"],
    ["text/plain", "<p>a text report that quotes a tag</p>", "text"],
    ["text/markdown", "# Toll\n\n40 killed", "text"],
    [null, "Officials said 40 people were killed.", "text"],
    [null, "<p>40 killed</p>", "markup"],
    ["application/octet-stream", "<p>40 killed</p>", "markup"],
    ["text/html", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", "feed"],
    ["text/plain", "<rss version=\"2.0\"><channel></channel></rss>", "feed"],
    ["application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "feed"],
  ])("reads %s %j as %s", (type, body, kind) => {
    const read = readPageBody(bytes(body), type, URL_NAME);
    expect(read).toMatchObject({ ok: true, kind, text: body });
  });

  it.each([
    ["text/html", "", "the page is empty"],
    ["text/html", " \n\t ", "the page is empty"],
    ["application/json", "{\"killed\": 40}", "application/json, not a text or HTML page"],
    ["application/ld+json", "{}", "application/ld+json, not a text or HTML page"],
    ["text/html", "{\"killed\": 40}", "JSON data, not a text or HTML page"],
    ["application/pdf", "%PDF-1.7\n", "application/pdf, not a text or HTML page"],
    ["text/html", "%PDF-1.7\n1 0 obj", "a PDF document served as text/html, not a text or HTML page"],
    [null, "GIF89a\u0001\u0000", "a GIF image, not a text or HTML page"],
    ["image/jpeg", "whatever", "image/jpeg, not a text or HTML page"],
    ["video/mp4", "whatever", "video/mp4, not a text or HTML page"],
    ["text/html", "<p>40\u0000 killed</p>", "binary content (NUL bytes), not a report"],
    ["text/html", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007 killed", "binary content (50% control characters), not a report"],
  ])("refuses %s %j", (type, body, reason) => {
    expect(readPageBody(bytes(body), type, URL_NAME)).toEqual({ ok: false, error: `${URL_NAME}: ${reason}` });
  });

  it("reads UTF-16 declared by its byte-order mark, NUL bytes and all", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from("40 killed").flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(readPageBody(utf16, "text/plain", URL_NAME)).toMatchObject({ ok: true, kind: "text", text: "40 killed" });
  });
});

describe("binarySignature", () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], "a PDF document"],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], "a PNG image"],
    [[0xff, 0xd8, 0xff, 0xe0], "a JPEG image"],
    [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], "a GIF image"],
    [[0x50, 0x4b, 0x03, 0x04, 0x14], "a ZIP archive (or an Office document)"],
    [[0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50], "a WebP image"],
  ])("knows %j as %s", (start, what) => {
    expect(binarySignature(Uint8Array.from(start))).toBe(what);
  });

  it("knows no text", () => {
    expect(binarySignature(bytes("<!doctype html>"))).toBeNull();
    expect(binarySignature(bytes("RIFF is a word"))).toBeNull();
    expect(binarySignature(new Uint8Array())).toBeNull();
  });
});
