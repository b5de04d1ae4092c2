// Persian and Arabic evidence on the dashboard's pages: set right to left inside the English page,
// the figure marked where it stands, the claimant's canonical name beside the form the text used.
import { describe, expect, it } from "vitest";
import { storedClaim } from "../../reconcile/stored-claim-fixture.js";
import type { StoredDocument } from "../../store/store.js";
import { claimPage, documentPage, documentsPage } from "./claim-pages.js";
import type { PageContext } from "./layout.js";
import { reviewCard } from "./review.js";

const CTX: PageContext = { user: null, csrf: "token", events: [] };
const HEADLINE = "گزارش تازه";
const SENTENCE = "به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر از معترضان تا روز سه‌شنبه کشته شده‌اند.";
const TEXT = `${HEADLINE}\n\n${SENTENCE}\n`;
const START = TEXT.indexOf(SENTENCE);

const doc: StoredDocument = {
  id: 7, text: TEXT, sha256: "0".repeat(64), url: null, outlet: "Example", title: HEADLINE, published: "2026-01-14",
  language: "fa", source: "file", eventId: 1, fetchedAt: "2026-01-14T00:00:00Z",
};
const claim = storedClaim({
  id: 31, documentId: 7, metric: "killed", population: "protesters", min: 2403, max: null, qualifier: "at_least",
  claimant: "HRANA", claimantKind: "ngo", evidence: { text: SENTENCE, start: START, end: START + SENTENCE.length },
});
const FIGURE = '<mark class="claim-figure">۲٬۴۰۳</mark>';

describe("right-to-left evidence on the dashboard", () => {
  it("document view: the text runs right to left in Persian, the figure marked inside its sentence", () => {
    const page = documentPage(CTX, doc, [claim]);
    expect(page).toContain('<pre class="doc-text" dir="rtl" lang="fa">');
    expect(page).toContain(`<mark data-claims="31" title="killed at least 2,403 (HRANA)">به گزارش هرانا، دست‌کم ${FIGURE} نفر`);
    expect(page).toContain('<h1 dir="rtl" lang="fa">گزارش تازه</h1>');
    expect(page).toContain('<span class="language" data-language="fa">Persian</span>');
    expect(page).toContain('HRANA (<bdi class="claimant-original" dir="rtl" lang="fa">هرانا</bdi>)');
  });

  it("document view: offsets that do not hold the sentence mark no figure", () => {
    const moved = { ...claim, evidence: { ...claim.evidence, start: 0, end: SENTENCE.length } };
    expect(documentPage(CTX, doc, [moved])).not.toContain("claim-figure");
  });

  it("review queue and claim page: the quote is a right-to-left block with the figure marked", () => {
    const quote = `<blockquote class="evidence sentence" dir="rtl" lang="fa">به گزارش هرانا، دست‌کم ${FIGURE} نفر`;
    const card = reviewCard(CTX, claim, "/review").value;
    expect(card).toContain(quote);
    expect(card).toContain('HRANA (<bdi class="claimant-original" dir="rtl" lang="fa">هرانا</bdi>)');
    expect(claimPage(CTX, claim, [])).toContain(quote);
  });

  it("document list: shows each document's language", () => {
    const list = documentsPage(CTX, { items: [doc, { ...doc, id: 8, language: "en", title: "Floods" }], total: 2 }, 0, 100);
    expect(list).toContain("<th>Language</th>");
    expect(list).toContain('<td><span class="language" data-language="fa">Persian</span></td>');
    expect(list).toContain('<td><span class="language" data-language="en">English</span></td>');
  });
});
