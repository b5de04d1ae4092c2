import { describe, expect, it } from "vitest";
import { clusterRecords } from "./cluster.js";

describe("clusterRecords", () => {
  it("joins linked records, strongest links first", () => {
    expect(clusterRecords(4, [{ a: 0, b: 1, weight: 10 }, { a: 2, b: 3, weight: 5 }], [], [])).toEqual([0, 0, 2, 2]);
  });

  it("refuses to chain two records of one list that were not linked to each other", () => {
    // 0 and 2 are on list 0; 1 on list 1 links to both.
    const links = [
      { a: 0, b: 1, weight: 12 },
      { a: 1, b: 2, weight: 8 },
    ];
    expect(clusterRecords(3, links, [], [], [0, 1, 0])).toEqual([0, 0, 2]);
    expect(clusterRecords(3, [...links, { a: 0, b: 2, weight: 6 }], [], [], [0, 1, 0])).toEqual([0, 0, 0]);
  });

  it("follows reviewers: a match joins, a not-a-match keeps apart", () => {
    const links = [{ a: 0, b: 1, weight: 12 }, { a: 1, b: 2, weight: 8 }];
    expect(clusterRecords(4, links, [[2, 3]], [[0, 2]])).toEqual([0, 0, 2, 2]);
  });
});
