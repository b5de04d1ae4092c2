// Persian and Arabic evidence in a real browser (Debian's chromium through playwright-core): the document
// view, the review queue and the static report set the quote right to left inside the English page, the
// figure marked where it stands, and the claimant's canonical name beside the form the quote wrote it in.
// Claims are stored through the store's API (not extracted), so this tests the views alone.
// Screenshots go to test/artifacts/. Skipped, with a message, when /usr/bin/chromium is not installed.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { startServer, type RunningServer } from "../src/server/listen.js";
import type { Store } from "../src/store/store.js";
import { temporaryStore } from "./support/temporary-store.js";
import { CHROMIUM, haveChromium, launchChromium, type RunningChromium } from "./support/chromium.js";

const ARTIFACTS = join(import.meta.dirname, "artifacts");
if (!haveChromium) console.warn(`right-to-left browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);


const PERSIAN_SENTENCE = "به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر از معترضان تا روز سه‌شنبه کشته شده‌اند.";
const PERSIAN_TEXT = `گزارش تازه درباره اعتراض‌ها\n\n${PERSIAN_SENTENCE}\n`;
const ARABIC_SENTENCE = "وقال المرصد السوري لحقوق الإنسان إن ١٢٠ مدنياً على الأقل قتلوا في القصف.";
const ARABIC_TEXT = `حصيلة جديدة\n\n${ARABIC_SENTENCE}\n`;

/** Stores one document with one claim read from `sentence`, its evidence offsets into the text. */
async function storeClaim(store: Store, eventId: number, text: string, sentence: string, language: string, claim: Omit<Claim, "evidence">): Promise<{ documentId: number; claimId: number }> {
  const start = text.indexOf(sentence);
  const result = await store.ingestDocument(
    { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Example", title: text.split("\n")[0]!, published: "2026-01-14", language, source: "file", eventId },
    [{ ...claim, evidence: { text: sentence, start, end: start + sentence.length } }],
    "test",
  );
  const claims = await store.listClaims({ documentId: result.documentId });
  return { documentId: result.documentId, claimId: claims.items[0]!.id };
}

interface QuoteLayout {
  direction: string;
  isolated: string;
  figure: string;
  /** The figure stands left of the word written before it, on the same line: it is laid out right to left in place. */
  leftOfWordBefore: boolean;
  pageDirection: string;
}

/** How the browser laid out the quote holding the mark: its direction, the marked figure, and where the figure sits. */
function quoteLayout(quote: Locator, wordBefore: string): Promise<QuoteLayout> {
  return quote.evaluate((element, word) => {
    const mark = element.querySelector("mark.claim-figure")!;
    const before = mark.previousSibling as Text;
    const range = document.createRange();
    const at = before.data.lastIndexOf(word);
    range.setStart(before, at);
    range.setEnd(before, at + word.length);
    const wordBox = range.getBoundingClientRect();
    const figureBox = mark.getBoundingClientRect();
    const sameLine = Math.abs(wordBox.top - figureBox.top) < wordBox.height / 2;
    const style = getComputedStyle(element);
    return {
      direction: style.direction,
      isolated: style.unicodeBidi,
      figure: mark.textContent ?? "",
      leftOfWordBefore: sameLine && figureBox.right <= wordBox.left + 1,
      pageDirection: getComputedStyle(document.body).direction,
    };
  }, wordBefore);
}

describe.skipIf(!haveChromium)("right-to-left evidence in chromium", () => {
  let server: RunningServer;
  let store: Store;
  let context: BrowserContext;
  let browser: RunningChromium | undefined;
  let workDir: string;
  let persian: { documentId: number; claimId: number };
  let arabic: { documentId: number; claimId: number };
  let eventId: number;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await temporaryStore("tally-rtl-browser-");
    const event = await store.addEvent({ name: "Right-to-left reports", region: null, since: "2026-01-01", match: [] });
    eventId = event.id;
    persian = await storeClaim(store, event.id, PERSIAN_TEXT, PERSIAN_SENTENCE, "fa", {
      metric: "killed", population: "protesters", min: 2403, max: null, qualifier: "at_least", claimant: "HRANA", claimantKind: "ngo", status: "reported", asOf: "2026-01-13", mainEvent: true,
    });
    arabic = await storeClaim(store, event.id, ARABIC_TEXT, ARABIC_SENTENCE, "ar", {
      metric: "killed", population: "civilians", min: 120, max: null, qualifier: "at_least", claimant: "Syrian Observatory for Human Rights", claimantKind: "ngo", status: "reported", asOf: "2026-01-14", mainEvent: true,
    });
    server = await startServer({ store, host: "127.0.0.1", port: 0, today: () => "2026-03-01" });
    workDir = mkdtempSync(join(tmpdir(), "tally-rtl-report-"));
    browser = await launchChromium();
    context = browser.context;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it("document view: the Persian text runs right to left with its figure marked in place, and its language shown", async () => {
    const page = await open(`/documents/${persian.documentId}`);
    const layout = await quoteLayout(page.locator("pre.doc-text"), "دست‌کم");
    expect(layout).toEqual({ direction: "rtl", isolated: "isolate", figure: "۲٬۴۰۳", leftOfWordBefore: true, pageDirection: "ltr" });
    await expect(page.locator(".lede .language").innerText()).resolves.toBe("Persian");
    await expect(page.locator(".doc-claims .claimant-original").innerText()).resolves.toBe("هرانا");
    await page.screenshot({ path: join(ARTIFACTS, "rtl-document.png"), fullPage: true });
    await page.close();
    const list = await open("/documents");
    await expect(list.locator(".language").allInnerTexts()).resolves.toEqual(expect.arrayContaining(["Persian", "Arabic"]));
    await list.close();
  }, 60_000);

  it("review queue: each quote is a right-to-left block inside the English card, the figure marked, the claimant beside its original form", async () => {
    const page = await open(`/review?event=${eventId}`);
    const persianCard = page.locator(`.review-card[data-claim-id="${persian.claimId}"]`);
    expect(await quoteLayout(persianCard.locator("blockquote.evidence"), "دست‌کم")).toEqual({ direction: "rtl", isolated: "isolate", figure: "۲٬۴۰۳", leftOfWordBefore: true, pageDirection: "ltr" });
    await expect(persianCard.locator("header").evaluate((el) => getComputedStyle(el).direction)).resolves.toBe("ltr");
    const original = persianCard.locator("header .claimant-original");
    await expect(original.innerText()).resolves.toBe("هرانا");
    await expect(original.evaluate((el) => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi])).resolves.toEqual(["rtl", "isolate"]);
    const arabicCard = page.locator(`.review-card[data-claim-id="${arabic.claimId}"]`);
    expect(await quoteLayout(arabicCard.locator("blockquote.evidence"), "إن")).toMatchObject({ direction: "rtl", figure: "١٢٠", leftOfWordBefore: true });
    await page.screenshot({ path: join(ARTIFACTS, "rtl-review.png"), fullPage: true });
    await page.close();
  }, 60_000);

  it("static report: the Arabic quote is right to left with its figure marked, offline", async () => {
    const response = await fetch(`${server.url}/report.html?event=${eventId}`);
    const file = join(workDir, "report.html");
    writeFileSync(file, await response.text());
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const quote = page.locator(`#e${eventId}-claim-${arabic.claimId} blockquote.evidence`);
    expect(await quoteLayout(quote, "إن")).toEqual({ direction: "rtl", isolated: "isolate", figure: "١٢٠", leftOfWordBefore: true, pageDirection: "ltr" });
    await expect(page.locator(`#e${eventId}-claim-${arabic.claimId} .claimant-original`).innerText()).resolves.toBe("المرصد السوري لحقوق الإنسان");
    // The document's Arabic title, inside an English line, is isolated: the date after it stays in place.
    const title = page.locator(`#e${eventId}-claim-${arabic.claimId} bdi`, { hasText: "حصيلة جديدة" });
    await expect(title.evaluate((el) => getComputedStyle(el).direction)).resolves.toBe("rtl");
    await page.screenshot({ path: join(ARTIFACTS, "rtl-static-report.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
