// A local HTTP server (127.0.0.1 unless told otherwise) serving the pages and feeds of
// test/fixtures/http (those of dates/ under /dates/), plus the hostile cases generated on the fly: a redirect loop, a 20 MB page,
// bodies that are not HTML (empty, plain text, JSON, PDF, images, NUL bytes) and redirects anywhere.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { decodeWindows1252 } from "../../src/ingest/read-file.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "http");
export const HUGE_PAGE_BYTES = 20 * 1024 * 1024;

/** Text as Windows-1252 bytes (the fixtures are written in UTF-8 and served as the old encodings). */
function windows1252Bytes(text: string): Buffer {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decodeWindows1252(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}

export interface FixtureServer {
  base: string;
  /** Every request received: its path and Host header, in order. */
  requests: Array<{ path: string; host: string }>;
  /** Bytes of the 20 MB page actually written before the client stopped reading. */
  hugeBytesSent(): number;
  close(): Promise<void>;
}

export interface FixtureOptions {
  /** The loopback address to listen on (default 127.0.0.1). */
  host?: string;
  /** More placeholders to replace in the fixtures (e.g. "http://OTHER" by a second server's base). */
  replacements?: Record<string, string>;
}

/** The first bytes of files that are not reports, as a server might send them. */
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "latin1"), Buffer.from([0x00, 0x01, 0x9c])]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
export const PLAIN_REPORT = "Officials said 40 people were killed on Monday.";

export async function startFixtureServer(secretPath: string, options: FixtureOptions = {}): Promise<FixtureServer> {
  let hugeSent = 0;
  let base = "";
  const requests: FixtureServer["requests"] = [];
  const fixture = (name: string) => {
    let text = readFileSync(join(FIXTURES, name), "utf8").replaceAll("http://HOST", base).replaceAll("SECRET_PATH", secretPath);
    for (const [placeholder, value] of Object.entries(options.replacements ?? {})) text = text.replaceAll(placeholder, value);
    return text;
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", base);
    const path = url.pathname;
    requests.push({ path: `${path}${url.search}`, host: request.headers.host ?? "" });
    const send = (type: string | null, body: string | Buffer) => {
      response.writeHead(200, type === null ? {} : { "content-type": type });
      response.end(body);
    };
    if (/^\/dates\/[\w-]+\.(?:html|xml)$/.test(path)) {
      // Pages and a feed that state their publication dates in each of the ways ingest reads them.
      return send(path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8", fixture(path.slice(1)));
    }
    if (path.startsWith("/story/")) {
      // A short article per name, so that each link a feed holds is a document of its own.
      const name = path.slice("/story/".length);
      return send("text/html; charset=utf-8", `<!doctype html><html><head><title>Story ${name}</title></head><body><p>At least 7 people were killed in ${name}, officials said on Monday.</p></body></html>`);
    }
    switch (path) {
      case "/plain-as-html": // text/html, but not one tag
        return send("text/html; charset=utf-8", PLAIN_REPORT);
      case "/report.txt":
        return send("text/plain; charset=utf-8", "Title: Shelling toll rises\nOutlet: Wire Desk\nPublished: 2023-09-20\n\nAt least 12 people were killed in the shelling, the health ministry said.\n");
      case "/untyped-text": // no Content-Type at all
        return send(null, PLAIN_REPORT);
      case "/empty":
        return send("text/html", "");
      case "/blank":
        return send("text/html; charset=utf-8", "  \n\t \n");
      case "/data.json":
        return send("application/json", '{"killed": 40}');
      case "/json-as-html":
        return send("text/html", '{"killed": 40, "source": "ministry"}');
      case "/report.pdf":
        return send("application/pdf", PDF);
      case "/pdf-as-html": // a PDF behind a .html name and a text/html type
        return send("text/html; charset=utf-8", PDF);
      case "/photo.png":
        return send("image/png", PNG);
      case "/untyped-photo":
        return send(null, JPEG);
      case "/nul.html":
        return send("text/html", Buffer.from("<p>Officials said 40\u0000 people were killed.</p>", "utf8"));
      case "/article.gz.html":
        response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
        return response.end(gzipSync(fixture("article.html")));
      case "/links-feed.xml":
        return send("application/rss+xml", fixture("links-feed.xml"));
      case "/metadata-feed.xml":
        return send("application/rss+xml", fixture("metadata-feed.xml"));
      case "/gzip-bomb.html": // 20 MB of markup that travels as some 20 KB of gzip
        response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return response.end(gzipSync(Buffer.alloc(HUGE_PAGE_BYTES, "<p>filler</p>\n")));
      case "/stalled": // the head and a first line, then nothing, ever
        response.writeHead(200, { "content-type": "text/html" });
        return void response.write("<p>Officials said");
      case "/redirect-to": // a redirect to wherever ?to= says
        response.writeHead(302, { location: url.searchParams.get("to") ?? "/" });
        return response.end();
      case "/article.html":
        return send("text/html; charset=utf-8", fixture("article.html"));
      case "/latin1.html":
        return send("text/html; charset=ISO-8859-1", windows1252Bytes(fixture("latin1.html")));
      case "/wrong-charset.html": // says UTF-8, is Windows-1252
        return send("text/html; charset=utf-8", windows1252Bytes(fixture("latin1.html")));
      case "/meta-charset.html": // no charset in the header; <meta http-equiv> says windows-1252
        return send("text/html", windows1252Bytes(fixture("meta-charset.html")));
      case "/feed-as-html":
        return send("text/html; charset=utf-8", fixture("rss-as-html.xml"));
      case "/atom.xml":
        return send("application/atom+xml", fixture("atom.xml"));
      case "/xxe.xml":
        return send("application/rss+xml", fixture("xxe.xml"));
      case "/billion-laughs.xml":
        return send("application/rss+xml", fixture("billion-laughs.xml"));
      case "/loop/a":
      case "/loop/b":
        response.writeHead(302, { location: path === "/loop/a" ? "/loop/b" : "/loop/a" });
        return response.end();
      case "/redirect-once":
        response.writeHead(301, { location: "/article.html" });
        return response.end();
      case "/huge.html":
      case "/huge-declared.html": {
        // Streamed in 64 KiB chunks, so a client that stops reading stops the stream.
        response.writeHead(200, { "content-type": "text/html", ...(path === "/huge-declared.html" ? { "content-length": String(HUGE_PAGE_BYTES) } : {}) });
        const chunk = Buffer.alloc(64 * 1024, "<p>filler</p>\n");
        const pump = () => {
          while (hugeSent < HUGE_PAGE_BYTES) {
            hugeSent += chunk.length;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          response.end();
        };
        response.on("close", () => response.removeAllListeners("drain"));
        return pump();
      }
      default:
        response.writeHead(404, { "content-type": "text/plain" });
        return response.end("not found");
    }
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  base = `http://${host}:${typeof address === "object" && address ? address.port : 0}`;
  return {
    base,
    requests,
    hugeBytesSent: () => hugeSent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
