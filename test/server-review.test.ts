// The review queue and corrections over a real store (PGlite): pages of 100 that keep the event,
// the claim page's review link, a correction's reason in the audit trail, and the mark a corrected
// figure carries on every page, in the static report and in the text report.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../src/domain/claim.js";
import { buildReportView } from "../src/views/report-view.js";
import { renderReportText } from "../src/report/text.js";
import { loadAllClaims } from "../src/store/load.js";
import { createApp } from "../src/server/app.js";
import type { Store } from "../src/store/store.js";
import { seededStore } from "./server-support.js";

const BASE = "http://127.0.0.1:8080";
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const JSON_BODY = { "content-type": "application/json" };
const BULK = 230;

/** A prison monitor's bulletin: one detention figure a line, BULK of them, in the given event. */
async function addBulletin(store: Store, eventId: number): Promise<number[]> {
  const lines = Array.from({ length: BULK }, (_, i) => `Prison Watch said ${100 + i} people were detained in district ${i + 1}.`);
  const text = `Detention bulletin for event ${eventId}\n\n${lines.join("\n")}\n`;
  const claims: Claim[] = lines.map((line, i) => {
    const start = text.indexOf(line);
    return {
      metric: "detained", population: "all", min: 100 + i, max: 100 + i, qualifier: "exact", claimant: "Prison Watch", claimantKind: "ngo",
      status: "reported", asOf: "2026-01-15", mainEvent: true, evidence: { text: line, start, end: start + line.length },
    };
  });
  const { documentId } = await store.ingestDocument(
    { text, sha256: createHash("sha256").update(text).digest("hex"), url: null, outlet: "Wire", title: `Detention bulletin ${eventId}`, published: "2026-01-15", language: "en", source: "file", eventId },
    claims,
    "test",
  );
  return (await store.listClaims({ documentId, limit: 1000 })).items.map((c) => c.id);
}

const cardIds = (page: string) => [...page.matchAll(/<article class="review-card[^"]*" id="claim-(\d+)"/g)].map((m) => Number(m[1]));
const links = (page: string, rel: "next" | "prev") => new RegExp(`<a href="([^"]+)" rel="${rel}">`).exec(page)?.[1]?.replace(/&amp;/g, "&");
const main = (page: string) => page.slice(page.indexOf("<main>"));

describe("the review queue over a real store", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>["app"];
  let bulletin: number[];
  let csrf: string;
  beforeAll(async () => {
    store = await seededStore({ prefixes: ["IRAN", "SUDAN"] });
    bulletin = await addBulletin(store, 1);
    await addBulletin(store, 2);
    app = createApp({ store, secret: Buffer.from("test-secret"), loopback: true, today: () => "2026-03-01" }).app;
    csrf = /name="csrf-token" content="([^"]+)"/.exec(await (await app.request(`${BASE}/review`)).text())![1]!;
  }, 60_000);
  afterAll(() => store?.close());

  const get = async (path: string) => {
    const response = await app.request(`${BASE}${path}`);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const post = (path: string, fields: Record<string, string>) =>
    app.request(`${BASE}${path}`, { method: "POST", headers: FORM, body: new URLSearchParams({ _csrf: csrf, ...fields }) });
  const api = (id: number, body: unknown) => app.request(`${BASE}/api/claims/${id}/review`, { method: "POST", headers: { ...JSON_BODY, "x-csrf-token": csrf }, body: JSON.stringify(body) });

  it("pages past 100 claims, each page linking to the next and previous in the same event", async () => {
    const auto = (await store.listClaims({ eventId: 1, reviewState: "auto", limit: 1000 })).items.map((c) => c.id);
    expect(auto.length).toBeGreaterThan(200);
    const first = await get("/review?event=1");
    expect(first).toContain(`${auto.length} claims waiting for review, 1–100 shown`);
    expect(cardIds(first).sort((a, b) => a - b)).toEqual(auto.slice(0, 100));
    expect(links(first, "prev")).toBeUndefined();
    expect(links(first, "next")).toBe(`/review?event=1&after=${auto[99]}`);

    const second = await get(links(first, "next")!);
    expect(cardIds(second).sort((a, b) => a - b)).toEqual(auto.slice(100, 200));
    expect(second).toContain("101–200 shown");
    expect(links(second, "prev")).toBe("/review?event=1");
    // Following "next" to the end visits every claim of the queue once, in pages of at most 100.
    const pages = [first, second];
    for (let next = links(second, "next"); next; next = links(pages[pages.length - 1]!, "next")) pages.push(await get(next));
    const seen = pages.flatMap(cardIds);
    expect(seen.sort((a, b) => a - b)).toEqual(auto);
    expect(pages.every((page) => cardIds(page).length <= 100)).toBe(true);
    expect(links(pages[2]!, "prev")).toBe(`/review?event=1&after=${auto[99]}`);
    // Event 2's bulletin is not in event 1's queue.
    const event2 = (await store.listClaims({ eventId: 2, limit: 1000 })).items.map((c) => c.id);
    expect(seen.some((id) => event2.includes(id))).toBe(false);
  });

  it("keeps the event in every link, form action and return address of the queue", async () => {
    const page = main(await get(`/review?event=1&after=${bulletin[10]}`));
    const hrefs = [...page.matchAll(/href="([^"#]*)/g)].map((m) => m[1]!.replace(/&amp;/g, "&")).filter((href) => href.startsWith("/"));
    expect(hrefs.length).toBeGreaterThan(200);
    for (const href of hrefs) expect(href, href).toMatch(/[?&]event=1(&|$)/);
    const actions = [...page.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1]!);
    expect(actions.length).toBe(300);
    for (const action of actions) expect(action).toMatch(/^\/review\/\d+\?event=1$/);
    const nexts = [...page.matchAll(/name="next" value="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    for (const next of nexts) expect(next).toMatch(new RegExp(`^/review\\?event=1&after=${bulletin[10]}(#claim-\\d+)?$`));
  });

  it("after a review without script, returns to the same page of the same event", async () => {
    const page = await get(`/review?event=1&after=${bulletin[20]}`);
    const next = /name="next" value="([^"]+)"/.exec(page)![1]!.replace(/&amp;/g, "&");
    const id = cardIds(page)[0]!;
    const response = await post(`/review/${id}?event=1`, { action: "accept", next });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(new RegExp(`^/review\\?event=1&after=${bulletin[20]}#claim-\\d+$`));
    // A post without a return address still keeps the event.
    const bare = await post(`/review/${cardIds(page)[1]}?event=1`, { action: "accept" });
    expect(bare.headers.get("location")).toBe(`/review?event=1#claim-${cardIds(page)[1]}`);
  });

  it("does not skip claims on the next page when those before it are reviewed", async () => {
    const first = await get("/review?event=1");
    const nextUrl = links(first, "next")!;
    const before = cardIds(await get(nextUrl));
    for (const id of cardIds(first).slice(0, 5)) expect((await post(`/review/${id}?event=1`, { action: "reject", next: "/review?event=1" })).status).toBe(303);
    expect(cardIds(await get(nextUrl))).toEqual(before);
  });

  it("lands the claim page's review link on the queue page holding the claim", async () => {
    const target = bulletin[150]!;
    const claimPage = await get(`/claims/${target}`);
    const href = /<a href="([^"]+)">Review<\/a>/.exec(claimPage)![1]!.replace(/&amp;/g, "&");
    expect(href).toBe(`/review?event=1&claim=${target}#claim-${target}`);
    const queue = await get(href.split("#")[0]!);
    expect(cardIds(queue)).toContain(target);
    const auto = (await store.listClaims({ eventId: 1, reviewState: "auto", limit: 1000 })).items.map((c) => c.id);
    const start = Math.floor(auto.indexOf(target) / 100) * 100;
    expect(start).toBeGreaterThan(0);
    expect(queue).toContain(`${start + 1}–${Math.min(start + 100, auto.length)} shown`);
    expect(cardIds(queue).sort((a, b) => a - b)).toEqual(auto.slice(start, start + 100));
    // A reviewed claim is found in the full list.
    expect((await post(`/review/${target}?event=1`, { action: "accept" })).status).toBe(303);
    const reviewedHref = /<a href="([^"]+)">Review<\/a>/.exec(await get(`/claims/${target}`))![1]!.replace(/&amp;/g, "&");
    expect(reviewedHref).toBe(`/review?event=1&all=1&claim=${target}#claim-${target}`);
    expect(cardIds(await get(reviewedHref.split("#")[0]!))).toContain(target);
  });

  it("asks a correction for its reason, in the API and the form, and shows it in the audit table", async () => {
    const [a, b, c] = [bulletin[200]!, bulletin[201]!, bulletin[202]!];
    const refused = await api(a, { action: "correct", correction: { min: 7, max: 7 } });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatch(/body field 'reason'/);
    const formRefused = await post(`/review/${b}?event=1`, { action: "correct", min: "7", max: "7", next: "/review?event=1" });
    expect(formRefused.status).toBe(400);
    expect(await formRefused.text()).toMatch(/form field &#39;reason&#39;/);
    expect((await store.getClaim(a))!.reviewState).toBe("auto");

    expect((await api(a, { action: "correct", correction: { min: 7, max: 7 }, reason: "The table in the bulletin says 7 <b>here</b>." })).status).toBe(200);
    const audit = (await (await app.request(`${BASE}/api/claims/${a}`)).json()).audit;
    expect(audit[0]).toMatchObject({ action: "review:corrected", reason: "The table in the bulletin says 7 <b>here</b>." });
    expect(await get(`/claims/${a}`)).toMatch(/<td class="reason">The table in the bulletin says 7 &lt;b&gt;here&lt;\/b&gt;.<\/td>/);

    expect((await post(`/review/${b}?event=1`, { action: "correct", min: "8", max: "8", reason: "Misread district count" })).status).toBe(303);
    expect((await store.listAudit({ entity: "claim", entityId: b }))[0]!.reason).toBe("Misread district count");
    expect((await post(`/review/${c}?event=1`, { action: "reject", reason: "Duplicate of the morning bulletin" })).status).toBe(303);
    expect(await get(`/claims/${c}`)).toContain("Duplicate of the morning bulletin");
  });

  it("marks a corrected figure on every page, in the static report and in the text report", async () => {
    const id = bulletin[210]!;
    // A count (status reported): the outlier check compares counts with counts, so the checks page shows it too.
    const body = { action: "correct", correction: { min: 987654, max: 987654, metric: "killed" }, reason: "Checked against the ministry table" };
    expect((await api(id, body)).status).toBe(200);
    const claim = (await store.getClaim(id))!;
    const mark = /987,654<\/a>\s*<span class="corrected-mark"[^>]*><span aria-hidden="true">✎<\/span> corrected<\/span>/;
    const overview = await get("/?event=1");
    expect(overview).toMatch(/<span class="value">987,654 <span class="corrected-mark"/);
    expect(overview).toMatch(mark);
    expect(await get("/claims?event=1&metric=killed&review=corrected")).toMatch(mark);
    expect(await get("/claimants/Prison%20Watch?event=1")).toMatch(mark);
    const documentPage = await get(`/documents/${claim.documentId}?event=1`);
    expect(documentPage).toMatch(/killed 987,654<\/a> <span class="corrected-mark"/);
    expect(documentPage).toMatch(/title="[^"]*killed 987,654 \(corrected\)/);
    expect(await get(`/review?event=1&all=1&claim=${id}`)).toMatch(/killed · all · 987,654<\/strong> <span class="corrected-mark"/);
    expect(await get(`/claims/${id}`)).toMatch(/987,654 <span class="corrected-mark"/);
    expect(await get("/checks?event=1")).toMatch(/987,654 <span class="corrected-mark"|987,654 \([^)]*corrected/);
    const report = await get("/report.html?event=1");
    expect(report).toMatch(/<span class="value">987,654 <span class="corrected-mark"/);
    expect(report).toMatch(/people killed: 987,654<\/strong> <span class="corrected-mark"/);
    // A chart point's tooltip says so too.
    expect(overview).toMatch(/<title>Prison Watch[^<]*: 987,654 \(corrected\)/);

    const view = buildReportView(await loadAllClaims(store, { eventId: 1 }), { event: { id: 1, name: "IRAN sample crisis" }, today: "2026-03-01" });
    const text = renderReportText(view);
    expect(text).toMatch(/Prison Watch \(ngo\): 987,654 \(corrected\), reported/);
    expect(text).toMatch(/Highest reported figure: +987,654 \(Prison Watch, corrected, 15 January\)/);
  });
});
