// Which figures count people, and what they count: sentences of the phenomena of issue 8
// (breakdowns and lists, combined totals, kidnappings for ransom, illness), each read whole.
import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";

function found(text: string): string {
  return extractDocument(text, { published: "2025-05-20" }).claims.map((c) => `${c.metric}:${c.min ?? c.max}`).join(" ");
}

describe("breakdowns and lists", () => {
  it.each([
    ["The agency listed the dead by region: Tana River (12), Garissa (7) and Wajir (2).", "killed:12 killed:7 killed:2"],
    ["Mombasa has recorded the most deaths (31), followed by Kilifi (9).", "killed:31 killed:9"],
    ["About 9,000 people fled across the border. They went to Uganda (5,000) and Rwanda (4,000).", "displaced:9000 displaced:5000 displaced:4000"],
    ["The floods killed 140 people. Kilifi district accounted for 62.", "killed:140 killed:62"],
    ["The storm killed 80 people. Lamu accounted for 30 and Malindi for nine.", "killed:80 killed:30 killed:9"],
    ["The ministry said 310 people had died. Busia has recorded 45.", "killed:310 killed:45"],
  ])("%s", (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
