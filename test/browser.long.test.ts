// The dashboard in a real browser (Debian's chromium through playwright-core): the overview's chart and figures,
// a correction made in the review queue by keyboard, hostile document text staying inert, the static report offline.
// Screenshots go to test/artifacts/. Skipped, with a message, when /usr/bin/chromium is not installed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderTimeline } from "../src/views/charts/timeline.js";
import { renderStaticReport } from "../src/views/static-report.js";
import { startServer, type RunningServer } from "../src/server/listen.js";
import type { Store } from "../src/store/store.js";
import { addHostileDocument, seededStore } from "./server-support.js";
import { CHROMIUM, haveChromium, launchChromium, type RunningChromium } from "./support/chromium.js";

const ARTIFACTS = join(import.meta.dirname, "artifacts");
if (!haveChromium) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

/** Boxes (from getBBox) that neither overlap nor leave the chart. */
function expectApart(boxes: Array<{ x: number; y: number; right: number; bottom: number; width: number }>): void {
  for (const [i, a] of boxes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.right).toBeLessThanOrEqual(a.width);
    for (const b of boxes.slice(i + 1)) {
      const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
      expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
    }
  }
}


describe.skipIf(!haveChromium)("dashboard in chromium", () => {
  let server: RunningServer;
  let store: Store;
  let context: BrowserContext;
  let browser: RunningChromium | undefined;
  let hostile: { documentId: number; claimId: number };
  let workDir: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await seededStore({ prefixes: ["IRAN", "SUDAN"] });
    hostile = await addHostileDocument(store, 2);
    server = await startServer({ store, host: "127.0.0.1", port: 0, today: () => "2026-03-01" });
    workDir = mkdtempSync(join(tmpdir(), "tally-report-"));
    browser = await launchChromium();
    context = browser.context;
    context.on("page", (page) => page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
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
    // A correction needs its reason: without one the form does not go.
    await second.locator('input[name="max"]').press("Enter");
    await expect(second.locator('input[name="reason"][required]').evaluate((input: HTMLInputElement) => input.validity.valueMissing)).resolves.toBe(true);
    await expect(second.locator("[data-review-state]").innerText()).resolves.toBe("auto");
    await second.locator('.correction input[name="reason"]').fill("The bulletin's table gives 987,654");
    await page.screenshot({ path: join(ARTIFACTS, "review-correcting.png") });
    await second.locator('input[name="max"]').press("Enter");
    await second.locator('[data-review-state="corrected"]').waitFor();
    await expect(second.locator(".corrected-mark").isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "review.png") });

    await overview.reload();
    const after = await figureValue(overview, "Highest estimate");
    expect(after).toMatch(/^987,654\s*✎ corrected$/);
    expect(after).not.toBe(before);
    await expect(overview.locator('[data-figure="Highest estimate"] .corrected-mark').isVisible()).resolves.toBe(true);
    await overview.screenshot({ path: join(ARTIFACTS, "overview-after-review.png"), fullPage: true });
    const detail = await open(`/claims/${claimId}`);
    await expect(detail.locator("table.audit").innerText()).resolves.toMatch(/local\s+review:corrected[\s\S]*987654[\s\S]*The bulletin's table gives 987,654/);
    await detail.screenshot({ path: join(ARTIFACTS, "claim-audit.png"), fullPage: true });
    await Promise.all([overview.close(), page.close(), detail.close()]);
  }, 60_000);

  it("follows a claim's review link to its card in the queue of its event, focused and in view", async () => {
    const queue = await open("/review?event=1");
    const last = await queue.locator(".review-card").last().getAttribute("data-claim-id");
    await queue.close();
    const detail = await open(`/claims/${last}`);
    await detail.locator("main").getByRole("link", { name: "Review", exact: true }).click();
    await detail.waitForURL(new RegExp(`/review\\?event=1&claim=${last}#claim-${last}$`));
    const card = detail.locator(`#claim-${last}`);
    await expect(card.evaluate((el) => el.classList.contains("current"))).resolves.toBe(true);
    await expect(card.isVisible()).resolves.toBe(true);
    const box = (await card.boundingBox())!;
    expect(box.y).toBeLessThan(900);
    expect(box.y + box.height).toBeGreaterThan(0);
    // The event stays in every link of the queue, the picker and the navigation included.
    const hrefs = await detail.locator("main a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.filter((href) => !/[?&]event=1(&|#|$)/.test(href))).toEqual([]);
    await detail.close();
  }, 60_000);

  it("draws charts whose legends do not collide, with years on the axis and one colour per claimant", async () => {
    const page = await open("/?event=1");
    const legends = await page.locator("svg.timeline").evaluateAll((charts) =>
      charts.map((chart) => Array.from(chart.querySelectorAll(".legend-item")).map((item) => {
        const box = (item as SVGGraphicsElement).getBBox();
        return { x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height, width: (chart as SVGSVGElement).viewBox.baseVal.width };
      })),
    );
    expect(legends.some((items) => items.length > 3)).toBe(true);
    for (const items of legends) expectApart(items);
    await expect(page.locator("svg.timeline .x-year").first().isVisible()).resolves.toBe(true);
    const colourOf = (where: Page) => where.locator('svg.timeline g.series[data-claimant="HRANA"] path').evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute("stroke")))]);
    const onOverview = await colourOf(page);
    expect(onOverview).toHaveLength(1);
    const claimant = await open("/claimants/HRANA?event=1");
    await expect(colourOf(claimant)).resolves.toEqual(onOverview);
    await page.locator("svg.timeline").first().screenshot({ path: join(ARTIFACTS, "chart-overview.png") });
    await Promise.all([page.close(), claimant.close()]);

    // Twelve long names in the browser's own font: measured boxes stay apart.
    const names = ["association of Iranian doctors living abroad", "Staff at Farabi Eye Hospital", "Kurdistan Human Rights Network", "English version of the same bulletin", "Iran Human Rights Monitor (WWWWWWWW)", "HRANA (verified)", "HRANA (under review)", "Hengaw Organization for Human Rights", "doctor reached by phone", "Tehran's prosecutor", "member of parliament MMMM", "Iran International"];
    const lines = names.map((name, i) => ({ name, claimant: name.replace(/ \(.*/, ""), points: [{ day: "2025-12-20", value: 10 * i, kind: "reported" as const, label: "" }, { day: "2026-01-20", value: 100 * i, kind: "verified" as const, label: "" }] }));
    const synthetic = await context.newPage();
    await synthetic.setContent(`<!doctype html><body style="font: 15px system-ui, sans-serif">${renderTimeline(lines)}</body>`);
    const measured = await synthetic.locator(".legend-item").evaluateAll((items) => items.map((item) => {
      const box = (item as SVGGraphicsElement).getBBox();
      return { x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height, width: 760 };
    }));
    expect(measured).toHaveLength(12);
    expectApart(measured);
    await synthetic.screenshot({ path: join(ARTIFACTS, "chart-long-legend.png") });
    await synthetic.close();
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
