import { describe, expect, it } from "vitest";
import { storedClaim } from "../reconcile/stored-claim-fixture.js";
import { renderReportText } from "../report/text.js";
import { buildReportView, countUndated, reportToJson, undatedText } from "./report-view.js";
import { renderStaticReport } from "./static-report.js";

const SCOPE = { event: { id: 1, name: "Floods" }, today: "2026-01-21" };

/** Two dated documents; two undated ones (7 and 8), one of whose claims states its own day. */
const claims = [
  storedClaim({ metric: "killed", min: 40, claimant: "Health Ministry", asOf: "2026-01-13", documentId: 1 }),
  storedClaim({ metric: "killed", min: 45, claimant: "Red Crescent", documentId: 2, published: "2026-01-14" }),
  storedClaim({ metric: "killed", min: 900, claimant: "Civil Defence", documentId: 7, published: null }),
  storedClaim({ metric: "killed", min: 60, claimant: "Civil Defence", asOf: "2026-01-15", documentId: 7, published: null }),
  storedClaim({ metric: "missing", min: 300, claimant: "Red Crescent", documentId: 8, published: null }),
  storedClaim({ metric: "missing", min: 5000, claimant: "Mayor", documentId: 8, published: null, reviewState: "rejected" }),
];

describe("documents with no publication date in a report", () => {
  it("are counted per report, with their claims that have no day of their own (rejected ones left out)", () => {
    expect(countUndated(claims)).toEqual({ undatedDocuments: 2, undatedClaims: 2 });
    expect(countUndated(claims, "killed")).toEqual({ undatedDocuments: 1, undatedClaims: 1 });
    expect(countUndated(claims.slice(0, 2))).toEqual({ undatedDocuments: 0, undatedClaims: 0 });
  });

  it("are said in words, and only when there are any", () => {
    expect(undatedText({ undatedDocuments: 3, undatedClaims: 5 })).toBe(
      "3 documents have no publication date: their 5 claims with no day of their own are left out of the standing summary. Ingest them again with --published YYYY-MM-DD to date them.",
    );
    expect(undatedText({ undatedDocuments: 1, undatedClaims: 1 })).toBe(
      "1 document has no publication date: its 1 claim with no day of its own is left out of the standing summary. Ingest it again with --published YYYY-MM-DD to date it.",
    );
    expect(undatedText({ undatedDocuments: 2, undatedClaims: 0 })).toBe("2 documents have no publication date; every claim in them states its own day, so none is left out of the standing summary.");
    expect(undatedText({ undatedDocuments: 0, undatedClaims: 0 })).toBeNull();
  });

  it("tell the truth: the claim with no day is not in the standing summary, the one with its own day is", () => {
    const view = buildReportView(claims, { ...SCOPE, metric: "killed" });
    const killed = view.summaries.find((summary) => summary.metric === "killed")!;
    const figures = killed.latest.map((claim) => claim.min);
    expect(figures).toContain(60);
    expect(figures).not.toContain(900);
    expect(view).toMatchObject({ undatedDocuments: 1, undatedClaims: 1 });
  });

  it("are stated in the text report, its JSON and the static HTML report, per event", () => {
    const view = buildReportView(claims, SCOPE);
    const sentence = "2 documents have no publication date: their 2 claims with no day of their own are left out of the standing summary.";
    expect(renderReportText(view).split("\n").slice(0, 2)).toEqual([expect.stringMatching(/^Floods — where the counts stand: /), expect.stringContaining(sentence)]);
    expect(JSON.parse(reportToJson([view]))[0]).toMatchObject({ undatedDocuments: 2, undatedClaims: 2 });
    expect(renderStaticReport([view])).toContain(`<p class="warning undated">${sentence}`);
    const dated = buildReportView(claims.slice(0, 2), SCOPE);
    expect(renderReportText(dated)).not.toContain("publication date");
    expect(renderStaticReport([dated])).not.toContain("undated");
  });
});
