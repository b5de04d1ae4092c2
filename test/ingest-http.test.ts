// Ingest from the web against a local server: pages with their metadata and charsets, feeds
// recognised by content, item pages that fail, the hostile cases (redirect loop, 20 MB page,
// XXE, billion laughs), and bodies that are not HTML (plain text read as text; empty, JSON, PDF,
// images and NUL bytes refused with one line while the other inputs are stored).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as ingest } from "../src/cli/ingest.js";
import type { LoadedDocument } from "../src/ingest/loaded-document.js";
import { ingestInputs } from "../src/ingest/run-ingest.js";
import type { Store } from "../src/store/store.js";
import type { CliIo } from "../src/report/open-store.js";
import { HUGE_PAGE_BYTES, PLAIN_REPORT, startFixtureServer, type FixtureServer } from "./support/fixture-server.js";
import { loadEvery } from "./support/loaded-urls.js";
import { keptOpenStores, openTestStore } from "./support/temporary-store.js";

let server: FixtureServer;
let folder: string;
let secretPath: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-ingest-http-"));
  secretPath = join(folder, "secret.txt");
  await writeFile(secretPath, "TOP-SECRET-CONTENT-1234");
  server = await startFixtureServer(secretPath);
});
afterAll(async () => {
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Loads every document a URL stands for, or the errors. */
function load(path: string, limits = {}): Promise<Array<LoadedDocument | string>> {
  return loadEvery(`${server.base}${path}`, { limits });
}

describe("web pages", () => {
  it("reads the article's text, title, outlet and date from the page's metadata", async () => {
    const [page] = (await load("/redirect-once")) as LoadedDocument[];
    expect(page).toMatchObject({ url: `${server.base}/article.html`, title: "Flood toll rises in coastal city", outlet: "Harbour Post", published: "2023-09-14", source: "url" });
    expect(page!.text.startsWith("Flood toll rises in coastal city\n\nAt least 3,800 people have been killed")).toBe(true);
    expect(page!.text).toContain("\n\nThe Red Crescent said that about 10,000 people were still missing");
    expect(page!.text).not.toMatch(/Home|Copyright|tracking/);
  });

  it("decodes the charset the server declares (ISO-8859-1 read as Windows-1252)", async () => {
    const [page] = (await load("/latin1.html")) as LoadedDocument[];
    expect(page!.text).toContain("Le bilan s'élève à 4 000 morts");
    expect(page!.text).toContain("2 € millions, d’après");
    expect(page!.published).toBe("2023-09-15");
    expect(page!.warnings).toBeUndefined();
  });

  it("overrules a declared UTF-8 that the bytes contradict, with a warning", async () => {
    const [page] = (await load("/wrong-charset.html")) as LoadedDocument[];
    expect(page!.text).toContain("s'élève à 4 000 morts");
    expect(page!.warnings).toEqual([expect.stringMatching(/declared utf-8 but is not; read as windows-1252/)]);
  });

  it("finds the charset in a <meta http-equiv> and the date and outlet in JSON-LD", async () => {
    const [page] = (await load("/meta-charset.html")) as LoadedDocument[];
    expect(page!.text).toContain("Plus de 30 000 personnes ont été déplacées");
    expect(page).toMatchObject({ title: "Déplacés à Derna", outlet: "Journal du Sud", published: "2023-09-16" });
  });

  it("stops a redirect loop", async () => {
    expect(await load("/loop/a")).toEqual([`${server.base}/loop/a: more than 5 redirects (a redirect loop?)`]);
  });

  it("refuses a 20 MB page by its size cap without reading it all", async () => {
    expect(await load("/huge-declared.html")).toEqual([`${server.base}/huge-declared.html: 20 MB, over the 5 MB size limit`]);
    const [streamed] = await load("/huge.html");
    expect(streamed).toBe(`${server.base}/huge.html: more than 5 MB, over the size limit`);
    expect(server.hugeBytesSent()).toBeLessThan(HUGE_PAGE_BYTES);
  });

  it("caps a compressed page by its size once decompressed", async () => {
    expect(await load("/gzip-bomb.html")).toEqual([`${server.base}/gzip-bomb.html: more than 5 MB, over the size limit`]);
  });

  it("gives up on a page whose body never ends", async () => {
    expect(await load("/stalled", { timeoutMs: 1_000 })).toEqual([`${server.base}/stalled: no complete answer within 1 s`]);
  });

  it("names a page that does not exist", async () => {
    expect(await load("/no-such-page")).toEqual([`${server.base}/no-such-page: the server answered 404 Not Found`]);
  });
});

describe("pages that are not HTML", () => {
  it("reads a text/html page without one tag as plain text", async () => {
    const [page] = (await load("/plain-as-html")) as LoadedDocument[];
    expect(page).toMatchObject({ text: PLAIN_REPORT, url: `${server.base}/plain-as-html`, outlet: "127.0.0.1", source: "url" });
  });

  it("reads a text/plain page as a text report: header block, title, date", async () => {
    const [page] = (await load("/report.txt")) as LoadedDocument[];
    expect(page).toMatchObject({ title: "Shelling toll rises", outlet: "Wire Desk", published: "2023-09-20", url: `${server.base}/report.txt`, source: "url" });
    expect(page!.text).toContain("At least 12 people were killed");
  });

  it("reads a page with no Content-Type by its bytes", async () => {
    const [page] = (await load("/untyped-text")) as LoadedDocument[];
    expect(page!.text).toBe(PLAIN_REPORT);
  });

  it("decompresses a gzip-encoded page", async () => {
    const [page] = (await load("/article.gz.html")) as LoadedDocument[];
    expect(page).toMatchObject({ title: "Flood toll rises in coastal city", published: "2023-09-14" });
  });

  it.each([
    ["/empty", "the page is empty"],
    ["/blank", "the page is empty"],
    ["/data.json", "application/json, not a text or HTML page"],
    ["/json-as-html", "JSON data, not a text or HTML page"],
    ["/report.pdf", "application/pdf, not a text or HTML page"],
    ["/pdf-as-html", "a PDF document served as text/html, not a text or HTML page"],
    ["/photo.png", "image/png, not a text or HTML page"],
    ["/untyped-photo", "a JPEG image, not a text or HTML page"],
    ["/nul.html", "binary content (NUL bytes), not a report"],
  ])("refuses %s with one line saying what it is", async (path, reason) => {
    expect(await load(path)).toEqual([`${server.base}${path}: ${reason}`]);
  });
});

describe("feeds", () => {
  it("recognises an RSS feed served as text/html and fetches each item's page, falling back to the item's content", async () => {
    const items = (await load("/feed-as-html")) as LoadedDocument[];
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ url: `${server.base}/article.html`, outlet: "Harbour Post", published: "2023-09-14", source: "feed" });
    expect(items[0]!.text).toContain("At least 3,800 people have been killed");
    expect(items[1]).toMatchObject({ title: "Dozens detained after protest at city hall", outlet: "Harbour Post & Friends", published: "2023-09-15", source: "feed" });
    expect(items[1]!.text).toBe("Dozens detained after protest at city hall\n\nPolice detained 45 people after a protest outside city hall on Friday, a local rights group said.");
    expect(items[1]!.warnings?.[0]).toMatch(/gone-404: the server answered 404 Not Found; used the feed item's content instead/);
    expect(items[2]!.title).toBe("Aid arrives – slowly");
    expect(items[2]!.text).toContain("medics said & added that 3 were");
  });

  it("reads an Atom feed", async () => {
    const [entry] = (await load("/atom.xml")) as LoadedDocument[];
    expect(entry).toMatchObject({ title: "Missing count revised", outlet: "Field Notes", published: "2023-09-18" });
    expect(entry!.text).toContain("Officials said 8,000 people remain missing");
  });

  it("refuses a feed with external entities, and no file content leaks", async () => {
    const results = await load("/xxe.xml");
    expect(results).toEqual([expect.stringMatching(/xxe\.xml: the feed declares a DOCTYPE or entities; refused/)]);
    expect(JSON.stringify(results)).not.toContain("TOP-SECRET");
  });

  it("refuses a billion-laughs feed at once", async () => {
    const results = await load("/billion-laughs.xml");
    expect(results).toEqual([expect.stringMatching(/billion-laughs\.xml: the feed declares a DOCTYPE or entities; refused/)]);
  });
});

describe("tally ingest of pages that are not HTML", () => {
  // Both runs and the check after them go through one open store (see keptOpenStores).
  const stores = keptOpenStores();
  afterAll(() => stores.closeAll());
  /** Captures a CLI run's output against the store in `dataDir`. */
  const cliIo = (): CliIo & { out: string; err: string } => stores.io();

  it("stores a plain-text page (exit 0); stores the article after the pages it refuses, names each, and exits 1", async () => {
    const dataDir = join(folder, "cli-data");
    const plain = cliIo();
    expect(await ingest(["--data", dataDir, `${server.base}/plain-as-html`], plain)).toBe(0);
    expect(plain.err).toBe("");
    expect(plain.out).toBe("documents: 1 new (1 without a publication date; pass --published to date them), 0 already stored, 0 failed; claims added: 1\n");

    const urls = ["/plain-as-html", "/empty", "/data.json", "/report.pdf", "/photo.png", "/nul.html", "/article.html"].map((path) => `${server.base}${path}`);
    const mixed = cliIo();
    expect(await ingest(["--data", dataDir, ...urls], mixed)).toBe(1);
    expect(mixed.err.split("\n").filter(Boolean)).toEqual([
      `tally ingest: ${server.base}/empty: the page is empty`,
      `tally ingest: ${server.base}/data.json: application/json, not a text or HTML page`,
      `tally ingest: ${server.base}/report.pdf: application/pdf, not a text or HTML page`,
      `tally ingest: ${server.base}/photo.png: image/png, not a text or HTML page`,
      `tally ingest: ${server.base}/nul.html: binary content (NUL bytes), not a report`,
    ]);
    expect(mixed.out).toMatch(/^documents: 1 new, 1 already stored, 5 failed; claims added: [1-9]\d*\n$/);
    const store = await stores.open(dataDir);
    const documents = (await store.listDocuments()).items;
    expect(documents.map((document) => document.url).sort()).toEqual([`${server.base}/article.html`, `${server.base}/plain-as-html`]);
  }, 60_000);
});

describe("ingest of URLs into the store", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(join(folder, "data"));
  }, 60_000);
  afterAll(() => store?.close());

  it("stores pages and feed items once, names each failure, and counts them", async () => {
    const failures: string[] = [];
    const inputs = [`${server.base}/article.html`, `${server.base}/feed-as-html`, `${server.base}/loop/a`, `${server.base}/xxe.xml`];
    const summary = await ingestInputs(store, inputs, { onFailure: (message) => failures.push(message) });
    // The feed's first item is the article already stored from its own URL.
    expect(summary).toMatchObject({ documentsNew: 3, documentsSeen: 1, documentsFailed: 2 });
    expect(failures).toEqual([expect.stringContaining("/loop/a: more than 5 redirects"), expect.stringContaining("/xxe.xml: the feed declares a DOCTYPE")]);
    const documents = await store.listDocuments();
    expect(documents.items.map((d) => d.source)).toEqual(["url", "feed", "feed"]);
    expect(JSON.stringify(documents.items)).not.toContain("TOP-SECRET");
    const again = await ingestInputs(store, [`${server.base}/feed-as-html`]);
    expect(again).toMatchObject({ documentsNew: 0, documentsSeen: 3, documentsFailed: 0, claimsAdded: 0 });
  });
});
