// The link review queue in a real browser (Debian's chromium through playwright-core): a reviewer
// decides two pairs by keyboard (m: one person, then n: not a match), the decisions are stored and
// the next link run merges the first pair into one person, shown side by side on the registry page,
// and keeps the second apart. Screenshots go to
// test/artifacts/. Skipped, with a message, when /usr/bin/chromium is not installed.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/server/listen.js";
import { linkStoredRecords } from "../src/store/victims-link.js";
import type { Store } from "../src/store/store.js";
import { temporaryStore } from "./support/temporary-store.js";
import { importAndLinkVictims, PRIVATE_CONTACT, SECOND_UNDECIDED_PAIR, UNDECIDED_PAIR } from "./support/victim-lists.js";
import { CHROMIUM, haveChromium, launchChromium, type RunningChromium } from "./support/chromium.js";

const ARTIFACTS = join(import.meta.dirname, "artifacts");
if (!haveChromium) console.warn(`victims browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

const [A, B] = UNDECIDED_PAIR;
const [C, D] = SECOND_UNDECIDED_PAIR;

describe.skipIf(!haveChromium)("link review queue in chromium", () => {
  let server: RunningServer;
  let store: Store;
  let context: BrowserContext;
  let browser: RunningChromium | undefined;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await temporaryStore("tally-victims-browser-");
    await importAndLinkVictims(store);
    server = await startServer({ store, host: "127.0.0.1", port: 0, today: () => "2026-03-01" });
    browser = await launchChromium();
    context = browser.context;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it("merges one pair and splits the next by keyboard, and the next link run applies both", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    expect((await page.goto(`${server.url}/victims/review`))?.status()).toBe(200);
    const first = page.locator(`.link-card[data-record-a="${A}"][data-record-b="${B}"]`);
    const second = page.locator(`.link-card[data-record-a="${C}"][data-record-b="${D}"]`);
    await expect(first.getAttribute("class")).resolves.toContain("current");
    await page.screenshot({ path: join(ARTIFACTS, "victims-review.png"), fullPage: true });
    await page.keyboard.press("m");
    await first.locator('[data-link-state="match"]').waitFor({ timeout: 10_000 });
    expect(await first.getAttribute("class")).toContain("done");
    expect(await first.locator('button[data-decision="not_match"]').isDisabled()).toBe(true);
    // the queue moved on to the next pair
    expect(await second.getAttribute("class")).toContain("current");
    await page.keyboard.press("n");
    await second.locator('[data-link-state="not_match"]').waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    expect(await store.victims.listDecisions()).toMatchObject([
      { recordA: A, recordB: B, decision: "match", actor: "local" },
      { recordA: C, recordB: D, decision: "not_match", actor: "local" },
    ]);

    await linkStoredRecords(store);
    await page.goto(`${server.url}/victims`);
    const personWith = (key: string) => page.locator("tr.person", { has: page.locator(`[data-record="${key}"]`) });
    expect(await personWith(A).locator(`[data-record="${B}"]`).count()).toBe(1);
    expect(await personWith(C).locator(`[data-record="${D}"]`).count()).toBe(0);
    expect(await page.locator("svg.upset g.combination").count()).toBeGreaterThan(1);
    expect(await page.content()).not.toContain(PRIVATE_CONTACT);
    await page.screenshot({ path: join(ARTIFACTS, "victims.png"), fullPage: true });
    await page.goto(`${server.url}/victims/review`);
    expect(await page.locator(".link-card").count()).toBe(0);
  }, 60_000);
});
