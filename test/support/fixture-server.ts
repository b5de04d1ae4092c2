// A local HTTP server on 127.0.0.1 serving the pages and feeds of test/fixtures/http, plus the
// hostile cases generated on the fly: a redirect loop and a 20 MB page.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
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
  /** Bytes of the 20 MB page actually written before the client stopped reading. */
  hugeBytesSent(): number;
  close(): Promise<void>;
}

export async function startFixtureServer(secretPath: string): Promise<FixtureServer> {
  let hugeSent = 0;
  let base = "";
  const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8").replaceAll("http://HOST", base).replaceAll("SECRET_PATH", secretPath);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", base).pathname;
    const send = (type: string, body: string | Buffer) => {
      response.writeHead(200, { "content-type": type });
      response.end(body);
    };
    switch (path) {
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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    base,
    hugeBytesSent: () => hugeSent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
