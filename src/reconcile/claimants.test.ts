import { describe, expect, it } from "vitest";
import { CLAIMANT_GAZETTEER } from "../extract/lexicon/claimants.js";
import { cleanClaimantName } from "../domain/claimants.js";
import { buildClaimantRegistry, readGenericClaimant } from "./claimants.js";

describe("claimant registry", () => {
  const registry = buildClaimantRegistry(CLAIMANT_GAZETTEER, [
    { name: "Iranian officials", kind: "government" },
    { name: "Norwegian Refugee Council (NRC)", kind: "ngo" },
    { name: "Kurdish rights groups", kind: "ngo" },
  ]);
  const nameOf = (raw: string, kind: Parameters<typeof registry.resolve>[1] = null) => registry.resolve(raw, kind).name;

  it("folds a gazetteer body's names and variants into one", () => {
    for (const raw of ["HRANA", "HRA", "the Human Rights Activists News Agency", "U.S.-based HRANA", "HRANA's", "Human Rights Activists in Iran"]) {
      expect(nameOf(raw)).toBe("HRANA");
    }
    expect(registry.resolve("U.S.-based HRANA", null)).toEqual({ key: "gazetteer:hrana", name: "HRANA", kind: "ngo", generic: false });
    expect(nameOf("Oslo-based Iran Human Rights")).toBe("Iran Human Rights");
    expect(nameOf("the UN human rights office")).toBe("OHCHR");
  });

  it("keeps short acronyms case-sensitive", () => {
    expect(nameOf("WHO")).toBe("World Health Organization");
    expect(nameOf("people who saw it")).not.toBe("World Health Organization");
  });

  it("groups generic descriptions by kind and country", () => {
    expect(nameOf("Iranian authorities", "government")).toBe("Iranian officials");
    expect(nameOf("an Iranian official", "government")).toBe("Iranian officials");
    expect(nameOf("a senior figure in the Iranian regime", "government")).toBe("Iranian officials");
    // Only one country's officials are present, so an unqualified official joins them.
    expect(nameOf("an official", "government")).toBe("Iranian officials");
    expect(nameOf("a reliable source", "anonymous")).toBe("Unnamed sources");
    expect(registry.resolve("rights groups", "ngo")).toMatchObject({ name: "Kurdish rights groups", kind: "ngo", generic: true });
  });

  it("keeps different kinds of speaker apart, whatever kind the claim guessed", () => {
    const registry = buildClaimantRegistry(CLAIMANT_GAZETTEER, []);
    const keyOf = (raw: string, kind: Parameters<typeof registry.resolve>[1]) => registry.resolve(raw, kind).key;
    const speakers = [
      keyOf("a medical source", "other"),
      keyOf("local medics", "other"),
      keyOf("local activists", "other"),
      keyOf("an official", "other"),
      keyOf("witnesses", "other"),
      keyOf("residents", "other"),
      keyOf("a source", "other"),
      keyOf("security sources", "other"),
    ];
    expect(new Set(speakers).size).toBe(speakers.length);
    expect(registry.resolve("local activists", "ngo")).toMatchObject({ name: "Activists", kind: "ngo", generic: true });
    expect(registry.resolve("rights groups", "ngo").key).not.toBe(keyOf("local activists", "ngo"));
  });

  it("lets one kind of speaker meet across outlets and wordings", () => {
    const registry = buildClaimantRegistry(CLAIMANT_GAZETTEER, []);
    const nameOf = (raw: string, kind: Parameters<typeof registry.resolve>[1]) => registry.resolve(raw, kind).name;
    for (const [raw, kind] of [["Local medics", "other"], ["doctors", "other"], ["a doctor reached by phone", null], ["hospitals", "other"]] as const) {
      expect(nameOf(raw, kind)).toBe("Medics");
    }
    expect(nameOf("a medical source", "other")).toBe("Medical sources");
    expect(nameOf("hospital sources", "anonymous")).toBe("Medical sources");
    expect(nameOf("activists", "ngo")).toBe(nameOf("local activists", "other"));
    expect(nameOf("a witness", null)).toBe("Witnesses");
    expect(nameOf("a reliable source", "anonymous")).toBe("Unnamed sources");
  });

  it("does not merge distinct named bodies", () => {
    expect(nameOf("Iran's Interior Ministry", "government")).toBe("Iran's Interior Ministry");
    expect(registry.resolve("Interior Ministry", "government").key).not.toBe(registry.resolve("Iranian officials", "government").key);
    expect(nameOf("Amnesty International")).not.toBe(nameOf("Iran International"));
  });

  it("joins an unknown body's name and acronym", () => {
    expect(nameOf("NRC")).toBe("Norwegian Refugee Council");
    expect(nameOf("the Norwegian Refugee Council")).toBe("Norwegian Refugee Council");
  });

  it("cleans articles, bases and possessives", () => {
    expect(cleanClaimantName("the Norway-based group Iran Human Rights")).toBe("Iran Human Rights");
    expect(cleanClaimantName("Hengaw's")).toBe("Hengaw");
    expect(readGenericClaimant("Health Ministry")).toBeNull();
    expect(readGenericClaimant("state media")).toMatchObject({ kind: "media" });
  });
});
