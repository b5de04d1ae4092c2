// A check's evidence on the dashboard's checks page and in the static report: a Persian quote set
// right to left with its figure marked, the claimant beside the form the quote wrote it in.
import { describe, expect, it } from "vitest";
import type { ReconciledClaim } from "../reconcile/types.js";
import { checkItem, claimantOf } from "./fragments.js";

const SENTENCE = "به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر از معترضان کشته شده‌اند.";
const claim: ReconciledClaim = {
  key: "k", claimant: { key: "gazetteer:hrana", name: "HRANA", kind: "ngo", generic: false }, unattributed: false,
  metric: "killed", population: "protesters", min: 2403, max: null, qualifier: "at_least", status: "reported", asOf: "2026-01-13", mainEvent: true, corrected: false,
  reports: [{ claimId: 5, documentId: 2, outlet: "Example", title: "گزارش تازه", url: null, published: "2026-01-14", evidence: { text: SENTENCE, start: 0, end: SENTENCE.length }, claimantAsWritten: "HRANA", status: "reported" }],
};

describe("a check's evidence", () => {
  it("quotes the Persian sentence right to left, linked, with the figure marked, and names HRANA beside هرانا", () => {
    const item = checkItem({ kind: "outlier", metric: "killed", explanation: "Far from the others.", claims: [claim] }, (id, doc) => `/documents/${doc}#claim-${id}`).value;
    expect(item).toContain(`<blockquote class="evidence" dir="rtl" lang="fa"><a href="/documents/2#claim-5">به گزارش هرانا، دست‌کم <mark class="claim-figure">۲٬۴۰۳</mark> نفر`);
    expect(item).toContain('<span class="cite"><span class="claimant">HRANA (<bdi class="claimant-original" dir="rtl" lang="fa">هرانا</bdi>)</span>: at least 2,403');
    expect(item).toContain('Example, “<bdi dir="rtl">گزارش تازه</bdi>”');
  });

  it("links the canonical name where the page has a page per claimant", () => {
    expect(claimantOf(claim, (name) => `/claimants/${name}`).value).toBe('<span class="claimant"><a href="/claimants/HRANA">HRANA</a> (<bdi class="claimant-original" dir="rtl" lang="fa">هرانا</bdi>)</span>');
  });
});
