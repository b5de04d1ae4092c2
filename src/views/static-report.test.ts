// The static report sets Persian and Arabic evidence right to left with the figure marked in place.
import { describe, expect, it } from "vitest";
import { storedClaim } from "../reconcile/stored-claim-fixture.js";
import { buildReportView } from "./report-view.js";
import { renderStaticReport } from "./static-report.js";

const ARABIC = "وقال المرصد السوري لحقوق الإنسان إن ١٢٠ مدنياً على الأقل قتلوا في القصف.";

describe("static report", () => {
  it("quotes Arabic evidence right to left, marks its figure, names the claimant beside its Arabic form and isolates an Arabic title", () => {
    const claims = [
      storedClaim({ metric: "killed", population: "civilians", min: 120, max: null, qualifier: "at_least", claimant: "Syrian Observatory for Human Rights", claimantKind: "ngo", asOf: "2026-01-10", documentTitle: "حصيلة جديدة", evidence: { text: ARABIC, start: 0, end: ARABIC.length } }),
      storedClaim({ metric: "killed", population: "civilians", min: 95, max: 95, claimant: "Civil Defence", asOf: "2026-01-09", evidence: { text: "Rescuers said 95 civilians were killed.", start: 0, end: 39 } }),
    ];
    const html = renderStaticReport([buildReportView(claims, { event: { id: 1, name: "Shelling" }, today: "2026-01-20" })]);
    expect(html).toContain('<blockquote class="evidence" dir="rtl" lang="ar">وقال المرصد السوري لحقوق الإنسان إن <mark class="claim-figure">١٢٠</mark> مدنياً');
    expect(html).toContain('<blockquote class="evidence" dir="ltr">Rescuers said <mark class="claim-figure">95</mark> civilians were killed.</blockquote>');
    expect(html).toContain('Example News, “<bdi dir="rtl">حصيلة جديدة</bdi>”, 10 January 2026');
    expect(html).toContain('Syrian Observatory for Human Rights (<bdi class="claimant-original" dir="rtl" lang="ar">المرصد السوري لحقوق الإنسان</bdi>)');
  });
});
