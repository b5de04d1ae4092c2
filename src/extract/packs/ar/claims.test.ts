// Arabic sentences (our own wording) that must and must not yield a claim, read through the pack
// pipeline as text arrives: with tatweel, vowel marks, clitics written onto words, Hijri dates.
import { describe, expect, it } from "vitest";
import { explainDocument, extractDocument } from "../../index.js";

const read = (text: string, published = "2024-03-13") => extractDocument(text, { published, language: "ar" }).claims;
const brief = (text: string, published?: string) =>
  read(text, published).map((c) => ({ metric: c.metric, population: c.population, qualifier: c.qualifier, min: c.min, max: c.max, claimant: c.claimant, status: c.status, asOf: c.asOf, mainEvent: c.mainEvent }));

describe("Arabic claims", () => {
  it("reads a verb-first attribution, the figures after it and the metric before or after each", () => {
    expect(brief("قال المرصد السوري لحقوق الإنسان إن 30 مدنيا قتلوا وأصيب 40 آخرون في القصف.")).toEqual([
      { metric: "killed", population: "civilians", qualifier: "exact", min: 30, max: 30, claimant: "Syrian Observatory for Human Rights", status: "reported", asOf: "2024-03-13", mainEvent: true },
      { metric: "injured", population: "all", qualifier: "exact", min: 40, max: 40, claimant: "Syrian Observatory for Human Rights", status: "reported", asOf: "2024-03-13", mainEvent: true },
    ]);
  });

  it("reads number words, a day named beside the cue, and a source as written", () => {
    expect(brief("أعلنت وزارة الصحة أمس ارتفاع عدد القتلى إلى ثلاثة آلاف وستمائة.")).toEqual([
      { metric: "killed", population: "all", qualifier: "exact", min: 3600, max: 3600, claimant: "وزارة الصحة", status: "reported", asOf: "2024-03-12", mainEvent: true },
    ]);
  });

  it("reads digits, a scale word and و written onto smaller digits as one figure", () => {
    expect(brief("أعلنت الأمم المتحدة أن عدد النازحين بلغ مليونين و300 ألف شخص.").map((c) => [c.metric, c.min])).toEqual([["displaced", 2_300_000]]);
    expect(brief("قال الدفاع المدني إن حصيلة الجرحى وصلت إلى 12 ألفا و75 جريحا.").map((c) => [c.metric, c.min])).toEqual([["injured", 12_075]]);
  });

  it("passes over noise of several words and a long date between a cue and its source", () => {
    expect(brief("وفقا لأرقام صادرة عن منظمة الصحة العالمية، أصيب 420 شخصا.").map((c) => c.claimant)).toEqual(["World Health Organization"]);
  });

  it("reads the metric from a verb opening the clause over the counted noun after the figure", () => {
    expect(brief("أعدمت السلطات 9 سجناء في سجن واحد.").map((c) => c.metric)).toEqual(["executed"]);
    expect(brief("أصيب 30 معتقلا خلال نقلهم.").map((c) => c.metric)).toEqual(["injured"]);
  });

  it("credits the source a news agency quotes, not the agency", () => {
    expect(brief("ونقلت وكالة الأنباء عن منظمة الصحة العالمية قولها إن 75 شخصا أصيبوا.").map((c) => c.claimant)).toEqual(["World Health Organization"]);
  });

  it("reads the same sentence with tatweel and vowel marks, and a clitic on the metric word", () => {
    const plain = brief("وأفادت منظمة العفو الدولية بمقتل خمسة متظاهرين على الأقل.");
    expect(brief("وأفـادت منظمةُ العفوِ الدوليةِ بمقـتل خمسةِ متظاهرين على الأقل.")).toEqual(plain);
    expect(plain[0]).toMatchObject({ metric: "killed", population: "protesters", qualifier: "at_least", min: 5, claimant: "Amnesty International" });
  });

  it("reads ranges, vague counts, parts of a count and a Hijri date", () => {
    expect(brief("قدر رئيس البلدية عدد الضحايا بما بين 18 و20 ألفاً.")[0]).toMatchObject({ qualifier: "range", min: 18000, max: 20000, status: "estimate" });
    expect(brief("اعتقلت قوات الأمن العشرات.")[0]).toMatchObject({ metric: "detained", qualifier: "vague", min: 24 });
    const parts = brief("ارتفع عدد الشهداء إلى 2215، بينهم 724 طفلاً و458 امرأة.");
    expect(parts.map((c) => [c.metric, c.min, c.population])).toEqual([["killed", 2215, "all"], ["killed", 724, "children"], ["killed", 458, "women"]]);
    expect(brief("أحصت الشبكة السورية لحقوق الإنسان حتى 1 رمضان 1445 مقتل 120 مدنياً.")[0]).toMatchObject({ asOf: "2024-03-11", claimant: "Syrian Network for Human Rights" });
  });

  it("yields no claim for years, percentages, hostages or a combined figure", () => {
    expect(read("وقعت الاحتجاجات عام 2019 في 15 محافظة.")).toEqual([]);
    expect(read("ارتفعت نسبة النازحين إلى 40 بالمئة.")).toEqual([]);
    expect(read("ما زال 130 رهينة محتجزين في غزة.")).toEqual([]);
    expect(read("بلغ عدد القتلى والجرحى 500.")).toEqual([]);
  });

  it("gives the evidence as the sentence, in UTF-16 offsets into the text as read, and explains every field", () => {
    const text = "حصيلة جديدة\n\nوقالت الوزارة في بيان إن 12 شخصاً قتلوا؟ وأصيب 30 آخرون.";
    const explained = explainDocument(text, { published: "2024-03-13", language: "ar" });
    expect(explained.claims).toEqual(read(text));
    expect(explained.claims.map((c) => c.evidence.text)).toEqual(["وقالت الوزارة في بيان إن 12 شخصاً قتلوا؟", "وأصيب 30 آخرون."]);
    for (const claim of explained.claims) expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    for (const { fields } of explained.explanations) for (const f of fields) expect(f.stage, f.field).not.toBe("unrecorded");
  });

  it("reads a noun in the dual as two, with its own metric and population", () => {
    expect(brief("وقتل شخصان في غارة على مخيم النصيرات.").map((c) => [c.metric, c.population, c.min])).toEqual([["killed", "all", 2]]);
    expect(brief("وأسفر القصف عن سقوط قتيلين.").map((c) => [c.metric, c.min])).toEqual([["killed", 2]]);
    expect(brief("أصيب طفلان بجروح خطيرة.").map((c) => [c.metric, c.population, c.min])).toEqual([["injured", "children", 2]]);
  });

  it("dates a count by the weekday after the name its cue opens, and its source's later figures by the same day", () => {
    const text = "أعلنت وزارة الصحة، مساء الإثنين، مقتل 45 شخصا في الغارات.\n\nوأوضحت الوزارة أن بين القتلى 12 طفلا.";
    expect(brief(text).map((c) => [c.min, c.asOf])).toEqual([[45, "2024-03-11"], [12, "2024-03-11"]]);
  });

  it("reads 'نفذت … حكما بالإعدام' as executions, and a year before publication as outside the main event", () => {
    const text = "الإعدامات في تزايد\n\nقالت منظمة العفو الدولية إن السلطات أعدمت 50 شخصا منذ يناير.\n\nوفي العام الماضي، نفذت السلطات 120 حكما بالإعدام.";
    expect(brief(text).map((c) => [c.metric, c.min, c.claimant, c.mainEvent])).toEqual([["executed", 50, "Amnesty International", true], ["executed", 120, "Amnesty International", false]]);
  });

  it("reads a month's end as the day a count stands at, and a weekday of the event as no figure's day", () => {
    expect(brief("قالت المنظمة الدولية للهجرة يوم الأحد إن عدد النازحين بلغ 60 ألف شخص حتى نهاية فبراير.").map((c) => c.asOf)).toEqual(["2024-02-29"]);
  });

  it("reads a date a period runs from ('منذ … في 15 آذار') as no figure's day", () => {
    expect(brief("قالت الجماعة إن الغارات أسفرت منذ بدء الحملة في 15 آذار عن مقتل 200 شخص.").map((c) => c.asOf)).toEqual(["2024-03-13"]);
  });

  it("reads the source of a past perfect ('وكانت X قد أعلنت'), and no source in 'وفق ما'", () => {
    expect(brief("وكانت وزارة الصحة قد أعلنت الأسبوع الماضي أن الأمطار أودت بحياة 60 شخصا.").map((c) => [c.min, c.claimant, c.asOf])).toEqual([[60, "وزارة الصحة", "2024-03-06"]]);
    expect(brief("وكانت الأمم المتحدة قد أحصت في عام 2021 أكثر من 900 مهاجر قضوا غرقا.").map((c) => [c.metric, c.min, c.claimant, c.asOf])).toEqual([["killed", 900, "United Nations", "2021-12-31"]]);
    expect(brief("نفذت السلطات حكم الإعدام شنقا بحق 12 مدانا، وفق ما أفاد مصدر أمني.").map((c) => [c.metric, c.min, c.claimant])).toEqual([["executed", 12, "مصدر أمني"]]);
  });

  it("reads those treated or in a critical condition as injured, the arrested as detained, and not those aboard", () => {
    expect(brief("وأوضحت الوزارة أن عشرين ناجيا يتلقون العلاج في المستشفى، بينهم خمسة في حالة حرجة.").map((c) => [c.metric, c.min])).toEqual([["injured", 20], ["injured", 5]]);
    expect(brief("أعلن الجيش أنه أوقف ثلاثة أشخاص.").map((c) => [c.metric, c.min])).toEqual([["detained", 3]]);
    expect(brief("قالت المنظمة إن المركب كان يقل ما بين 120 و150 شخصا.")).toEqual([]);
    expect(brief("قال النائب العام إن عدد الموقوفين لا يتجاوز ألف شخص.").map((c) => [c.metric, c.qualifier, c.min, c.max])).toEqual([["detained", "up_to", null, 1000]]);
  });

  it("dates what a source said by a day set off by commas after the one told, over the night of the event", () => {
    // 13 March 2024 was a Wednesday.
    expect(brief("قال مسؤول محلي لوكالة رويترز، الإثنين، إن 30 شخصا على الأقل لقوا حتفهم جراء انهيار السد ليل السبت.").map((c) => [c.min, c.asOf])).toEqual([[30, "2024-03-11"]]);
  });
});
