// Turkish sentences (our own wording) that must and must not yield a claim, read through the pack
// pipeline as text arrives: capitals with dotted and dotless I, case endings after an apostrophe.
import { describe, expect, it } from "vitest";
import { explainDocument, extractDocument } from "../../index.js";

const read = (text: string, published = "2023-02-08") => extractDocument(text, { published, language: "tr" }).claims;
const brief = (text: string, published?: string) =>
  read(text, published).map((c) => ({ metric: c.metric, population: c.population, qualifier: c.qualifier, min: c.min, max: c.max, claimant: c.claimant, status: c.status, asOf: c.asOf, mainEvent: c.mainEvent }));

describe("Turkish claims", () => {
  it("reads a verb-final sentence: the subject opening it, the figure with its ending, the metric before it", () => {
    expect(brief("AFAD Salı günü yaptığı açıklamada can kaybının 2 bin 615'e yükseldiğini bildirdi.")).toEqual([
      { metric: "killed", population: "all", qualifier: "exact", min: 2615, max: 2615, claimant: "AFAD", status: "reported", asOf: "2023-02-07", mainEvent: true },
    ]);
  });

  it("reads '-e göre', hedges before and endings after a figure, and a name as written", () => {
    const claims = brief("Sağlık Bakanlığı'nın açıklamasına göre en az 30 çocuk hayatını kaybetti, 500'den fazla kişi yaralandı.");
    expect(claims.map((c) => [c.metric, c.population, c.qualifier, c.min, c.claimant])).toEqual([
      ["killed", "children", "at_least", 30, "Sağlık Bakanlığı"],
      ["injured", "all", "more_than", 500, "Sağlık Bakanlığı"],
    ]);
  });

  it("reads the subject opening a sentence its speech verb closes, across a 'yaptığı açıklamada' frame", () => {
    expect(brief("Hatay Valiliği pazartesi akşamı yaptığı yazılı açıklamada 12 kişinin hayatını kaybettiğini duyurdu.", "2023-02-08").map((c) => [c.metric, c.min, c.claimant, c.asOf])).toEqual([["killed", 12, "Hatay Valiliği", "2023-02-06"]]);
    expect(brief("İçişleri Bakanlığı en az 70 kişinin kaybolduğunu bildirdi.").map((c) => [c.metric, c.qualifier, c.min, c.claimant])).toEqual([["missing", "at_least", 70, "İçişleri Bakanlığı"]]);
    // A place opening the sentence, or a passive verb, names no source.
    expect(brief("Depremde 45 kişinin öldüğü bildirildi.").map((c) => c.claimant)).toEqual([null]);
  });

  it("reads the verb closing the clause over a word after the figure naming who was counted, and digits after a scale", () => {
    expect(brief("Cezaevinde tutulan 12 tutuklu geçen hafta idam edildi.").map((c) => c.metric)).toEqual(["executed"]);
    expect(brief("AFAD'a göre 41 bin 20 kişi hayatını kaybetti.").map((c) => [c.min, c.claimant])).toEqual([[41_020, "AFAD"]]);
  });

  it("reads a report's noun before 'göre' and estimates and claims as speech verbs", () => {
    expect(brief("Valiliğin son bilançosuna göre 14 kişi yaralandı.").map((c) => c.claimant)).toEqual(["Valiliğin"]);
    expect(brief("UNICEF, 3 bin çocuğun evlerini terk ettiğini tahmin ediyor.").map((c) => [c.claimant, c.status])).toEqual([["UNICEF", "estimate"]]);
  });

  it("reads a part named before the whole it is of ('X'i çocuk olmak üzere Y kişi')", () => {
    expect(brief("Bakanlık, 12'si kadın olmak üzere 85 kişinin yaralandığını açıkladı.").map((c) => [c.metric, c.min, c.population])).toEqual([["injured", 12, "women"], ["injured", 85, "all"]]);
    expect(brief("Selde 4'ü çocuk 19 kişi hayatını kaybetti.").map((c) => [c.metric, c.min, c.population])).toEqual([["killed", 4, "children"], ["killed", 19, "all"]]);
    // A figure with its own case ending counts no word after it: "hastanede" is where, not what, was counted.
    expect(brief("Yaralılardan 2'si hastanede hayatını kaybetti.").map((c) => [c.metric, c.min])).toEqual([["killed", 2]]);
  });

  it("folds dotted and dotless I: a report in capitals reads as one in lower case", () => {
    const lower = brief("İçişleri Bakanı, gösterilerde 1.879 kişinin gözaltına alındığını açıkladı.");
    expect(brief("İÇİŞLERİ BAKANI, GÖSTERİLERDE 1.879 KİŞİNİN GÖZALTINA ALINDIĞINI AÇIKLADI.").map((c) => [c.metric, c.min])).toEqual(lower.map((c) => [c.metric, c.min]));
    expect(lower[0]).toMatchObject({ metric: "detained", min: 1879, population: "protesters", claimant: "İçişleri Bakanı" });
  });

  it("reads ranges, parts of the count before, passing verbs and estimates", () => {
    expect(brief("Belediye Başkanı, ölü sayısının 18 ila 20 bin arasında olabileceğini söyledi.")[0]).toMatchObject({ qualifier: "range", min: 18000, max: 20000, status: "estimate" });
    expect(brief("Gözlemevi, 2 bin kişinin öldüğünü, bunların 532'si çocuk olduğunu açıkladı.").map((c) => [c.metric, c.min, c.population])).toEqual([["killed", 2000, "all"], ["killed", 532, "children"]]);
    expect(brief("DSÖ, ölü sayısının 20 bini aşabileceğini açıkladı.")[0]).toMatchObject({ qualifier: "more_than", min: 20000, status: "estimate", claimant: "World Health Organization" });
  });

  it("yields no claim for years, ages, magnitudes, rescues or provinces", () => {
    expect(read("1999 depremi 7,4 büyüklüğündeydi.")).toEqual([]);
    expect(read("22 yaşındaki genç kadın gözaltında öldü.")).toEqual([]);
    expect(read("Ekipler enkaz altından 8 kişiyi sağ olarak kurtardı.")).toEqual([]);
    expect(read("Deprem 11 ilde hissedildi ve binlerce bina yıkıldı.")).toEqual([]);
  });

  it("gives the evidence as the sentence, in UTF-16 offsets into the text as read, and explains every field", () => {
    const text = "Deprem bölgesinde son durum\n\nAFAD'a göre 3 bin 419 kişi hayatını kaybetti. Bakanlık, 20 bin kişinin yaralandığını bildirdi.";
    const explained = explainDocument(text, { published: "2023-02-08", language: "tr" });
    expect(explained.claims).toEqual(read(text));
    expect(explained.claims.map((c) => [c.min, c.claimant])).toEqual([[3419, "AFAD"], [20000, "AFAD"]]);
    for (const claim of explained.claims) expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    for (const { fields } of explained.explanations) for (const f of fields) expect(f.stage, f.field).not.toBe("unrecorded");
  });

  it("reads a bracketed acronym after a capitalised name, and half a million", () => {
    expect(brief("Pakistan Ulusal Afet Yönetim Kurumu (NDMA), yarım milyon kişinin evlerini terk ettiğini bildirdi.").map((c) => [c.metric, c.min, c.claimant])).toEqual([["displaced", 500_000, "NDMA"]]);
  });

  it("takes the day of the statement, not the day a participle gives the quake", () => {
    expect(brief("AFAD, pazartesi günü meydana gelen depremde 40 kişinin hayatını kaybettiğini açıkladı.").map((c) => c.asOf)).toEqual(["2023-02-08"]);
  });

  it("credits a past year's figure to the voice that gives it", () => {
    const text = "Selde can kaybı artıyor\n\nAFAD, 120 kişinin öldüğünü açıkladı.\n\nArama çalışmaları sürüyor.\n\nGeçen yıl ise 14 kişi hayatını kaybetmişti.";
    expect(brief(text).map((c) => [c.min, c.claimant, c.mainEvent])).toEqual([[120, "AFAD", true], [14, "AFAD", false]]);
  });

  it("reads a surname alone as the source named in full before, of the day it spoke", () => {
    const text = "Sözcü Eşref el-Kudra salı günü 10 bin kişinin öldüğünü söyledi. Kudra, 4 bin çocuğun öldüğünü belirtti.";
    expect(brief(text).map((c) => [c.min, c.claimant, c.asOf])).toEqual([[10_000, "Sözcü Eşref el-Kudra", "2023-02-07"], [4000, "Sözcü Eşref el-Kudra", "2023-02-07"]]);
  });

  it("takes the day of the statement over an event's day a participle a few words on claims", () => {
    // 9 February 2023 was a Thursday: "dün" is the 8th, "salı" the 7th.
    expect(brief("Valilik, salı sabahı ilçenin köylerinde meydana gelen selde 12 kişinin öldüğünü dün açıkladı.", "2023-02-09").map((c) => c.asOf)).toEqual(["2023-02-08"]);
    expect(brief("Sahil Güvenlik, salı sabahı batan teknedeki 9 göçmenin cesedine ulaşıldığını bildirdi.", "2023-02-09").map((c) => c.asOf)).toEqual(["2023-02-09"]);
  });

  it("refers back to an office or association named before ('Başkanlığın', 'Dernek')", () => {
    const text = "AFAD, 10 kişinin öldüğünü açıkladı. Başkanlığın açıklamasına göre 30 kişi yaralandı.\n\nİnsan Hakları Derneği (İHD) ise 545 kişinin gözaltına alındığını bildirdi. Dernek, 112 kişinin tutuklandığını belirtti.";
    expect(brief(text).map((c) => [c.min, c.claimant])).toEqual([[10, "AFAD"], [30, "AFAD"], [545, "İnsan Hakları Derneği"], [112, "İnsan Hakları Derneği"]]);
  });

  it("reads officials named by lower-case words of a source's kind, and no source in words that name none", () => {
    expect(brief("Karabağ'daki Ermeni yetkililer ise 200'den fazla kişinin öldüğünü bildirmişti.").map((c) => c.claimant)).toEqual(["Karabağ'daki Ermeni yetkililer"]);
    const text = "Af Örgütü, 2023'te en az 1.153 kişinin idam edildiğini açıkladı. Bu rakam, 2022'deki 883 idama göre büyük bir artış.";
    expect(brief(text, "2024-05-29").map((c) => [c.min, c.claimant])).toEqual([[1153, "Amnesty International"], [883, "Amnesty International"]]);
  });

  it("reads those who lost an eye as injured", () => {
    expect(brief("Rapora göre 11 kişi gözünü kaybetti.").map((c) => [c.metric, c.min])).toEqual([["injured", 11]]);
  });
  it("reads a year with a locative ending as a year, and dates a count over the year the headline sets at its end, though its source published it today", () => {
    const text = "2023'te idamlar son sekiz yılın en yüksek düzeyine çıktı\n\nUluslararası Af Örgütü bugün yayımladığı yıllık raporda geçen yıl dünyada en az 1.153 kişinin idam edildiğini açıkladı.\n\nÖrgüte göre İran'da en az 853 kişi idam edildi.\n";
    expect(brief(text, "2024-05-29").map((c) => [c.min, c.claimant, c.asOf])).toEqual([
      [1153, "Amnesty International", "2023-12-31"],
      [853, "Amnesty International", "2023-12-31"],
    ]);
  });
});
