import { describe, expect, it } from "vitest";
import { recordName, recordsSideBySide, victimRecordCard, type ShownRecord } from "./victim-record.js";

const latin: ShownRecord = {
  list: "hrana", recordId: "17", givenName: "Erfan", surname: "Rezaei", fullName: null, script: "latin", sex: "male", age: 26, fate: "sentenced_to_death",
  date: "2026-01-13", place: "Zahedan", evidence: { kind: "row", file: "hrana.csv", line: 18 },
};
const persian: ShownRecord = { ...latin, list: "hengaw", recordId: "204", givenName: null, surname: null, fullName: "عرفان رضایی", script: "persian", age: 26, place: "<b>Zahedan</b>" };

describe("victim records as HTML", () => {
  it("names a record by its full name, else given name and surname", () => {
    expect(recordName(latin)).toBe("Erfan Rezaei");
    expect(recordName(persian)).toBe("عرفان رضایی");
    expect(recordName({ fullName: null, givenName: null, surname: null })).toBe("(no name)");
  });

  it("shows a record's key, name (right to left for Persian) and details, escaped", () => {
    const card = victimRecordCard(persian).toString();
    expect(card).toContain('data-record="hengaw/204"');
    expect(card).toContain('<strong class="victim-name" dir="rtl">عرفان رضایی</strong>');
    expect(card).toContain("male · age 26 · 2026-01-13 · &lt;b&gt;Zahedan&lt;/b&gt; · sentenced to death");
  });

  it("puts two records field by field and marks the fields that differ", () => {
    const table = recordsSideBySide(["hrana/17", "hengaw/204"], [latin, { ...persian, place: "Tehran" }]).toString();
    expect(table).toMatch(/<tr class="differs"><th scope="row">Place<\/th><td >Zahedan<\/td><td >Tehran<\/td><\/tr>/);
    expect(table).toMatch(/<tr class=""><th scope="row">Age<\/th>/);
    expect(table).toContain("hrana.csv, line 18");
  });

  it("says when a record is no longer in its list", () => {
    expect(recordsSideBySide(["hrana/17", "hengaw/9"], [latin, null]).toString()).toContain('<td class="missing">not in its list any more</td>');
  });
});
