import { describe, expect, it } from "vitest";
import { describeCsvProblem, readCaptureTableCsv } from "./capture-table-csv.js";
import { patternOf } from "./capture-table.js";

const problems = (text: string) => readCaptureTableCsv(text).problems.map(describeCsvProblem);

describe("reading a capture table from CSV", () => {
  it("reads one 0/1 column per list and a count column, in any order, absent patterns as 0", () => {
    const read = readCaptureTableCsv("count,A,B,C\r\n10,1,0,0\n5,1,1,0\n\n2,0,1,1\n");
    expect(read.table?.lists).toEqual(["A", "B", "C"]);
    const byPattern = Object.fromEntries(read.table!.counts.map((count, mask) => [patternOf(mask, 3), count]).filter(([, count]) => count));
    expect(byPattern).toEqual({ "100": 10, "110": 5, "011": 2 });
  });

  it("names the line and the column of every bad cell, not only the first", () => {
    expect(problems("A,B,count\n1,2,4\n1,0,-3\n0,1\n")).toEqual([
      "line 2, column 'B': expected 0 or 1, got '2'",
      "line 3, column 'count': expected a whole number of people, got '-3'",
      "line 4: 2 columns, the header has 3",
    ]);
  });

  it("refuses a repeated pattern, the all-zero pattern and a header without counts", () => {
    expect(problems("A,B,count\n1,0,4\n0,1,3\n1,0,2\n")).toEqual(["line 4: the same pattern as line 2; each pattern appears once"]);
    expect(problems("A,B,count\n0,0,7\n1,1,2\n")).toEqual(["line 2: the all-zero pattern (on no list) cannot be observed; it is what is estimated"]);
    expect(problems("A,B,n\n1,0,4\n")).toEqual(["line 1: no 'count' column in the header (A, B, n)"]);
    expect(problems("A,A,count\n1,0,4\n")).toEqual(["line 1, column 'A': the list is named twice in the header"]);
    expect(problems("\n\n")).toEqual(["line 1: the file is empty; expected a header naming the lists and a 'count' column"]);
    expect(problems("A,B,count\n")).toEqual(["line 1: no rows of counts after the header"]);
  });

  it("accepts a zero count for the all-zero pattern (a table written out in full)", () => {
    expect(readCaptureTableCsv("A,B,count\n0,0,0\n1,1,2\n1,0,3\n0,1,4\n").table?.counts).toEqual([0, 3, 4, 2]);
  });
});
