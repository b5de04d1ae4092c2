import { describe, expect, it } from "vitest";
import { extractDocument } from "./index.js";

function statuses(text: string): string {
  return extractDocument(text, { published: "2025-05-20" }).claims.map((c) => `${c.min ?? c.max}:${c.status}`).join(" ");
}

describe("status of projections and hedged counts", () => {
  it.each([
    ["Officials warned the death toll would exceed 700.", "700:estimate"],
    ["The governor said the toll could still climb as high as 1,500.", "1500:estimate"],
    ["Relief agencies said up to 40,000 people could flee in the coming weeks.", "40000:estimate"],
    ["A further 600 people probably died before reaching a clinic.", "600:estimate"],
    ["Assuming the same rate, some 2,000 more people have died.", "2000:estimate"],
    ["If one assumes the same rate, a further 700 people died.", "700:estimate"],
    ["The toll is expected to exceed 1,000.", "1000:estimate"],
    ["The ministry said 52 people were killed on Monday.", "52:reported"],
    ["Twelve migrants are missing and may be among the dead, the coastguard said.", "12:reported"],
    ["Residents who could not flee were killed; 31 bodies were found.", "31:reported"],
    ["Doctors fear a return of cholera, which killed about 8,000 people in 2011.", "8000:reported"],
  ])("%s", (text, expected) => {
    expect(statuses(text)).toBe(expected);
  });
});
