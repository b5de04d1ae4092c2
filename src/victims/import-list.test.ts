import { describe, expect, it } from "vitest";
import { readList } from "./import-list.js";

describe("readList", () => {
  it("reads CSV with quoted fields, Persian names and digits, and Solar Hijri dates", () => {
    const csv = [
      "record_id,given_name,surname,sex,age,place,date_of_death,fate,contact",
      '1,عرفان,رضایی,مرد,۲۶,"Zahedan, Sistan and Baluchestan",۱۴۰۴/۱۰/۲۳,اعدام,+98 912',
      "2,Erfan,Rezaei,m,26,Zahedan,13/01/2026,executed,",
      "3,Zahra,,female,19,Tehran,2026-01-09,killed,",
    ].join("\n");
    const { records, rejected } = readList("a.csv", csv, "hengaw", {});
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ recordId: "1", givenName: "عرفان", script: "persian", sex: "male", age: 26, date: "2026-01-13", fate: "executed", place: "Zahedan, Sistan and Baluchestan", privateFields: { contact: "+98 912" } });
    expect(records[1]).toMatchObject({ recordId: "2", script: "latin", date: "2026-01-13", evidence: { kind: "row", file: "a.csv", line: 3 } });
    expect(records[2]).toMatchObject({ surname: null, sex: "female" });
  });

  it("reports bad rows with their lines and keeps the rest", () => {
    const tsv = ["id\tfull_name\tage\tdate", "a\tAli Karimi\t2x\t2026-01-01", "b\tSara Amini\t30\t1404/12/30", "c\tNima Ahmadi\t40\t2026-01-02", "d\t\t30\t"].join("\n");
    const { records, rejected } = readList("b.tsv", tsv, "l", {});
    expect(records.map((r) => r.recordId)).toEqual(["c"]);
    expect(rejected.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(rejected[0]!.problems[0]).toMatch(/age '2x'/);
    expect(rejected[1]!.problems[0]).toMatch(/Solar Hijri/);
    expect(rejected[2]!.problems[0]).toMatch(/no name/);
  });

  it("maps headers with --map and reads JSON", () => {
    const json = JSON.stringify([{ code: "x1", nom: "Kazem Jafari", age: 33, notes: "witness: neighbour" }]);
    const { records } = readList("c.json", json, "l", { code: "record_id", nom: "full_name" });
    expect(records[0]).toMatchObject({ recordId: "x1", fullName: "Kazem Jafari", age: 33, privateFields: { notes: "witness: neighbour" } });
  });

  it("keeps line numbers right after a quoted field spanning lines", () => {
    const csv = 'record_id,full_name,age\n1,"Ali\nKarimi",20\n2,Reza Amini,abc\n';
    const { rejected } = readList("d.csv", csv, "l", {});
    expect(rejected).toEqual([{ line: 4, problems: ["age 'abc' is not a number of years from 0 to 130"] }]);
  });

  it("reads CSV saved with semicolons", () => {
    const { records } = readList("e.csv", "record_id;full_name;age\n7;Kian Nouri;۱۸\n", "l", {});
    expect(records[0]).toMatchObject({ recordId: "7", fullName: "Kian Nouri", age: 18 });
  });

  it("reads 'unknown' in any field as missing", () => {
    const { records, rejected } = readList("f.csv", "record_id,full_name,sex,age,fate\n1,Ali Nouri,unknown,نامشخص,?\n", "l", {});
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ sex: null, age: null, fate: null });
  });
});
