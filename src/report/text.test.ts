import { describe, expect, it } from "vitest";
import { storedClaim } from "../reconcile/stored-claim-fixture.js";
import { renderReportText, terminalSafe } from "./text.js";
import { buildReportView, reportToJson } from "../views/report-view.js";

const claims = [
  storedClaim({ metric: "killed", min: 3000, qualifier: "approx", claimant: "an Iranian official", claimantKind: "government", asOf: "2026-01-13", outlet: "Paper B", documentTitle: "Officials speak", evidence: { text: "About 3,000 died, an official said.", start: 0, end: 35 } }),
  storedClaim({ metric: "killed", min: 2000, claimant: "Iranian authorities", claimantKind: "government", asOf: "2026-01-21", outlet: "Daily D", evidence: { text: "Authorities put the toll at 2,000.\u001b[31m", start: 0, end: 39 } }),
  storedClaim({ metric: "killed", min: 2003, claimant: "HRANA", claimantKind: "ngo", status: "verified", asOf: "2026-01-14", outlet: "Site C" }),
  storedClaim({ metric: "killed", population: "civilians", min: 2500, claimant: "OHCHR", status: "verified", asOf: "2026-01-15", outlet: "Site C" }),
  storedClaim({ metric: "killed", population: "children", min: 200, max: null, qualifier: "vague", claimant: "UNICEF", status: "estimate", asOf: "2026-01-16", outlet: "Site C" }),
  storedClaim({ metric: "detained", min: 18100, max: null, qualifier: "more_than", claimant: "HRANA", claimantKind: "ngo", asOf: "2026-01-14", outlet: "Site C" }),
];

describe("report text", () => {
  const view = buildReportView(claims, { event: { id: 1, name: "Iran protests" }, today: "2026-01-21", metric: "killed" });
  const text = renderReportText(view);

  it("prints the summary, the checks with evidence, and the series of the metric asked for", () => {
    expect(text).toContain("Iran protests — where the counts stand: latest report 21 January 2026, today, from 6 claims");
    expect(text).toContain("PEOPLE KILLED\n  As of 21 January 2026 (today), the verified floor for people killed is at least 2,500 (civilians, OHCHR, verified, 15 January)");
    expect(text).toContain("[count falls] Iranian officials' count of people killed falls from 3,000");
    expect(text).toContain("“About 3,000 died, an official said.”");
    expect(text).toMatch(/Iranian officials — people killed\n {4}13 January 2026 +about 3,000/);
    expect(text).not.toContain("DETAINED");
  });

  it("prints the headline figures and a row per population, vague figures in words, reported apart from estimates", () => {
    expect(text).toContain(
      [
        "  Verified floor:           at least 2,500 (civilians, OHCHR, verified, 15 January)",
        "  Highest reported figure:  3,000 (Iranian officials, about, 13 January)",
        "  Spread:                   500 (1.2× the verified floor)",
        "",
        "  By population:",
        "    Civilians",
        "      Verified:                 2,500 (OHCHR, verified, 15 January)",
        "    Children",
        "      Highest estimate:         hundreds (UNICEF, estimate, 16 January)",
      ].join("\n"),
    );
    expect(text).not.toMatch(/Highest estimate: +3,000/);
  });

  it("dates the report by its newest claim, never by today", () => {
    const later = renderReportText(buildReportView(claims, { event: { id: 1, name: "Iran protests" }, today: "2026-11-30", metric: "killed" }));
    expect(later).toContain("latest report 21 January 2026, 10 months ago");
    expect(later).not.toContain("30 November 2026");
  });

  it("keeps control characters out of the terminal", () => {
    expect(text).not.toContain("\u001b");
    expect(terminalSafe("a\u0007b\nc")).toBe("a b c");
  });

  it("prints the same as JSON", () => {
    const [parsed] = JSON.parse(reportToJson([view]));
    expect(parsed.summaries[0].verifiedFloor).toMatchObject({ value: 2500, population: "civilians" });
    expect(parsed.summaries[0].populations.map((p: { population: string }) => p.population)).toEqual(["civilians", "children"]);
    expect(parsed.latestReport).toBe("2026-01-21");
    expect(parsed.checks[0].kind).toBe("cumulative_falls");
    expect(parsed.series.map((s: { claimant: { name: string } }) => s.claimant.name)).toEqual(["HRANA", "Iranian officials", "OHCHR", "UNICEF"]);
  });
});
