import { describe, expect, it } from "vitest";
import type { ClaimantEntry } from "../domain/claimants.js";
import { originalClaimantForm } from "./claimant-forms.js";
import { quoteDirection, textDirection } from "./direction.js";
import { claimantWithOriginal, evidenceQuote, isolatedName } from "./evidence.js";

const PERSIAN = "به گزارش هرانا، دست‌کم ۲٬۴۰۳ نفر از معترضان کشته شده‌اند.";
const ARABIC = "قال المرصد السوري لحقوق الإنسان إن ١٢٠ شخصاً قتلوا في القصف.";
const ENTRIES: ClaimantEntry[] = [{ name: "HRANA", kind: "ngo", aliases: ["Human Rights Activists News Agency", "هرانا"] }];
const aliases = ENTRIES.flatMap((entry) => [entry.name, ...entry.aliases].map((alias) => [alias, entry] as const));

describe("direction of a quote", () => {
  it("runs the way most of its letters do, the document's language deciding text with none", () => {
    expect(textDirection(PERSIAN)).toBe("rtl");
    expect(textDirection("HRANA said هرانا counted 2,403 dead")).toBe("ltr");
    expect(textDirection("۲٬۴۰۳")).toBeNull();
    expect(quoteDirection("۲٬۴۰۳", "fa")).toBe("rtl");
    expect(quoteDirection("۲٬۴۰۳")).toBe("auto");
    expect(quoteDirection("Source: HRANA", "fa")).toBe("ltr");
  });
});

describe("evidenceQuote", () => {
  it("sets a Persian quote right to left with its language, and marks the figure's exact range", () => {
    const out = evidenceQuote({ text: PERSIAN, claim: { min: 2403, max: null, qualifier: "at_least" } }, { className: "sentence" }).value;
    expect(out).toBe(`<blockquote class="evidence sentence" dir="rtl" lang="fa">به گزارش هرانا، دست‌کم <mark class="claim-figure">۲٬۴۰۳</mark> نفر از معترضان کشته شده‌اند.</blockquote>`);
  });

  it("marks an Arabic figure inside a link, and an English quote stays left to right", () => {
    const arabic = evidenceQuote({ text: ARABIC, claim: { min: 120, max: 120, qualifier: "exact" }, language: "ar" }, { href: "/documents/1#claim-2" }).value;
    expect(arabic).toContain(`dir="rtl" lang="ar"><a href="/documents/1#claim-2">قال المرصد السوري لحقوق الإنسان إن <mark class="claim-figure">١٢٠</mark> شخصاً`);
    const english = evidenceQuote({ text: "At least 40 <b>people</b> died.", claim: { min: 40, max: null, qualifier: "at_least" } }, { tag: "td" }).value;
    expect(english).toBe(`<td class="evidence" dir="ltr">At least <mark class="claim-figure">40</mark> &lt;b&gt;people&lt;/b&gt; died.</td>`);
  });

  it("leaves the quote unmarked when it does not state the figure", () => {
    expect(evidenceQuote({ text: PERSIAN, claim: { min: 9, max: 9, qualifier: "exact" } }).value).not.toContain("<mark");
  });
});

describe("claimant beside its original form", () => {
  it("finds the form the quote wrote in another script, whichever yeh or kaf and with or without ZWNJ", () => {
    expect(originalClaimantForm("HRANA", PERSIAN, aliases)).toBe("هرانا");
    expect(originalClaimantForm("HRANA", "به گزارش هرا\u200cنا، ۵ نفر", aliases)).toBe("هرا\u200cنا");
    expect(originalClaimantForm("HRANA", "HRANA counted 2,403 dead; Human Rights Activists News Agency said so.", aliases)).toBeNull();
    expect(originalClaimantForm("HRANA", "گزارش هراناها", aliases)).toBeNull();
    expect(originalClaimantForm(null, PERSIAN, aliases)).toBeNull();
  });

  it("shows 'HRANA (هرانا)' with the original isolated, and the name alone otherwise", () => {
    expect(claimantWithOriginal("HRANA", [PERSIAN], undefined, aliases).value).toBe(`<span class="claimant">HRANA (<bdi class="claimant-original" dir="rtl" lang="fa">هرانا</bdi>)</span>`);
    expect(claimantWithOriginal("HRANA", ["HRANA said so."], undefined, aliases).value).toBe("HRANA");
    expect(isolatedName("سپاه پاسداران").value).toBe(`<bdi dir="rtl">سپاه پاسداران</bdi>`);
  });

  it("knows the gazetteer's original-script forms without being told", () => {
    expect(originalClaimantForm("HRANA", PERSIAN)).toBe("هرانا");
    expect(originalClaimantForm("Syrian Observatory for Human Rights", ARABIC)).toBe("المرصد السوري لحقوق الإنسان");
  });
});
