// The dashboard in a real browser (Debian's chromium through playwright-core): the overview's chart and figures,
// a correction made in the review queue by keyboard, hostile document text staying inert, the static report offline.
// Screenshots go to test/artifacts/. Skipped, with a message, when /usr/bin/chromium is not installed.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderStaticReport } from "../src/report/html/render-report.js";
import { startServer, type RunningServer } from "../src/server/listen.js";
import type { Store } from "../src/store/store.js";
import { addHostileDocument, seededStore } from "./server-support.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(import.meta.dirname, "artifacts");
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

describe.skipIf(!haveChromium)("dashboard in chromium", () => {
  let server: RunningServer;
  let store: Store;
  let context: BrowserContext;
  let profile: string;
  let hostile: { documentId: number; claimId: number };
  let workDir: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await seededStore({ prefixes: ["IRAN", "SUDAN"] });
    hostile = await addHostileDocument(store, 2);
    server = await startServer({ store, host: "127.0.0.1", port: 0, today: () => "2026-03-01" });
    profile = mkdtempSync(join(tmpdir(), "tally-chromium-"));
    workDir = mkdtempSync(join(tmpdir(), "tally-report-"));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
    context.on("page", (page) => page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  const figureValue = (page: Page, label: string) => page.locator(`[data-figure="${label}"] .value`).first().innerText();

  it("shows the timeline chart and the standing figures on the overview", async () => {
    const page = await open("/?event=1");
    const chart = page.locator("#summary-killed-all svg.timeline");
    await expect(chart.isVisible()).resolves.toBe(true);
    expect(await chart.locator("g.series").count()).toBeGreaterThan(1);
    expect(await chart.locator(".pt.verified").count()).toBeGreaterThan(0);
    expect(await figureValue(page, "Verified floor")).toMatch(/^\d[\d,]*$/);
    expect(await figureValue(page, "Highest estimate")).toMatch(/^\d[\d,]*$/);
    expect(await page.locator("#summary-killed-all table.latest tbody tr").count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(ARTIFACTS, "overview.png"), fullPage: true });
    // The page redraws the chart with the same module the server used: hiding a claimant removes its line.
    const lines = await chart.locator("g.series").count();
    await page.locator('#summary-killed-all .chart-controls input[type="checkbox"]').first().uncheck();
    await page.waitForFunction((n) => document.querySelectorAll("#summary-killed-all svg.timeline g.series").length === n - 1, lines);
    for (const [path, name] of [["/claims?event=1", "claims"], ["/checks?event=1", "checks"], ["/claimants?event=1", "claimants"], ["/claimants/HRANA?event=1", "claimant"], ["/documents/1", "document"]] as const) {
      const other = await open(path);
      await other.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
      await other.close();
    }
    await page.close();
  }, 60_000);

  it("corrects a claim in the review queue by keyboard and the overview changes", async () => {
    const overview = await open("/?event=1");
    const before = await figureValue(overview, "Highest estimate");
    const page = await open("/review?event=1");
    const first = page.locator(".review-card").first();
    await expect(first.evaluate((el) => el.classList.contains("current"))).resolves.toBe(true);
    // j moves on, k comes back, a accepts the current claim.
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await page.keyboard.press("a");
    await first.locator('[data-review-state="accepted"]').waitFor();
    await page.waitForFunction(() => document.querySelector(".review-card.current")?.previousElementSibling !== null);
    // e opens the correction form on the next claim: raise it far above every other figure.
    const claimId = await page.locator(".review-card.current").getAttribute("data-claim-id");
    const second = page.locator(`#claim-${claimId}`);
    await page.keyboard.press("e");
    await second.locator('select[name="status"]').selectOption("estimate");
    await second.locator('select[name="qualifier"]').selectOption("exact");
    await second.locator('select[name="metric"]').selectOption("killed");
    await second.locator('select[name="population"]').selectOption("all");
    await second.locator('select[name="mainEvent"]').selectOption("yes");
    await second.locator('input[name="asOf"]').fill("2026-01-20");
    await second.locator('input[name="min"]').fill("987654");
    await second.locator('input[name="max"]').fill("987654");
    await page.screenshot({ path: join(ARTIFACTS, "review-correcting.png") });
    await second.locator('input[name="max"]').press("Enter");
    await second.locator('[data-review-state="corrected"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "review.png") });

    await overview.reload();
    const after = await figureValue(overview, "Highest estimate");
    expect(after).toBe("987,654");
    expect(after).not.toBe(before);
    await overview.screenshot({ path: join(ARTIFACTS, "overview-after-review.png"), fullPage: true });
    const detail = await open(`/claims/${claimId}`);
    await expect(detail.locator("table.audit").innerText()).resolves.toMatch(/local\s+review:corrected[\s\S]*987654/);
    await detail.screenshot({ path: join(ARTIFACTS, "claim-audit.png"), fullPage: true });
    await Promise.all([overview.close(), page.close(), detail.close()]);
  }, 60_000);

  it("renders a document holding <script> and <img onerror> inert on every page", async () => {
    for (const path of [`/documents/${hostile.documentId}`, `/claims/${hostile.claimId}`, "/claims?event=2", "/review?event=2", "/?event=2", "/claimants?event=2", "/documents"]) {
      const page = await open(path);
      await page.waitForLoadState("load");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
      expect(await page.locator('main script:not([type="application/json"]), main img').count(), path).toBe(0);
      if (path.startsWith("/documents/")) {
        await expect(page.locator("pre.doc-text").innerText()).resolves.toContain('<script>window.__pwned = 1; alert("x")</script>');
        await page.screenshot({ path: join(ARTIFACTS, "hostile-document.png"), fullPage: true });
      }
      await page.close();
    }
    expect(dialogs).toEqual([]);
  }, 60_000);

  it("opens the static report from a file:// URL with the network blocked", async () => {
    const response = await fetch(`${server.url}/report.html?event=1`);
    const file = join(workDir, "report.html");
    writeFileSync(file, await response.text());
    const page = await context.newPage();
    const outside: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await expect(page.locator("svg.timeline").first().isVisible()).resolves.toBe(true);
    expect(await page.locator("svg.timeline g.series").count()).toBeGreaterThan(1);
    await expect(page.locator('[data-figure="Verified floor"] .value').first().innerText()).resolves.toMatch(/\d/);
    expect(await page.locator(".report-claims blockquote").count()).toBeGreaterThan(5);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector(".statement")!).borderLeftStyle);
    expect(background).toBe("solid");
    expect(outside).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "static-report.png"), fullPage: true });
    await page.close();
  }, 60_000);

  it("also renders a report built directly by renderStaticReport", () => {
    expect(renderStaticReport([], { title: "Empty" })).toContain("<title>Empty</title>");
  });
});
