import { describe, expect, it } from "vitest";
import { readAuthor } from "./author.js";
import { extractDocument } from "./index.js";
import { splitLines } from "./sentences.js";
import { normaliseForMatching } from "./text.js";

function author(text: string) {
  return readAuthor(text, normaliseForMatching(text), splitLines(text));
}

describe("the document's author", () => {
  it.each([
    ["Floods in the delta\nRiver Aid Network - press release\n2 March 2026", "River Aid Network"],
    ["FLOODS IN THE DELTA\nPRESS RELEASE - Delta Relief Collective, Port Town\n2 March 2026", "Delta Relief Collective"],
    ["Floods in the delta\nPress release, Oxfam\n2 March 2026", "Oxfam"],
  ])("reads the organisation of a release line", (text, name) => {
    expect(author(text)).toMatchObject({ claimant: { name }, isRelease: true });
  });

  it("takes the first known source of a headline as the voice of a statement, not a release", () => {
    expect(author("Oxfam: aid blocked as floods spread\n\n2 March 2026")).toMatchObject({ claimant: { name: "Oxfam" }, isRelease: false });
  });

  it("gives a release's unattributed figures to its organisation", () => {
    const text = "Floods in the delta\n\nRiver Aid Network - press release\n\nOur teams have counted 45 people killed in the floods since Sunday. At least 12 more are missing.";
    const claims = extractDocument(text, { published: "2026-03-04" }).claims;
    expect(claims.map((c) => [c.min, c.claimant])).toEqual([[45, "River Aid Network"], [12, "River Aid Network"]]);
  });
});
