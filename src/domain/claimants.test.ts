import { describe, expect, it } from "vitest";
import { claimantResolver, cleanClaimantName, matchesOnlyInCapitals, withCanonicalClaimant, type ClaimantEntry } from "./claimants.js";

const GAZETTEER: ClaimantEntry[] = [
  { name: "Human Rights Watch", kind: "ngo", aliases: ["HRW"] },
  { name: "World Health Organization", kind: "intergovernmental", aliases: ["WHO"] },
  { name: "UNICEF", kind: "intergovernmental", aliases: ["UN Children's Fund"] },
  { name: "United Nations", kind: "intergovernmental", aliases: ["UN", "U.N."] },
  { name: "OHCHR", kind: "intergovernmental", aliases: ["UN human rights office"] },
];

describe("claimantResolver", () => {
  const resolver = claimantResolver(GAZETTEER);

  it("resolves a canonical name, an alias and a name with words around it to the canonical claimant", () => {
    expect(resolver.resolve("Human Rights Watch")).toEqual({ name: "Human Rights Watch", kind: "ngo" });
    expect(resolver.resolve("HRW")).toEqual({ name: "Human Rights Watch", kind: "ngo" });
    expect(resolver.resolve("the New York-based group HRW")).toEqual({ name: "Human Rights Watch", kind: "ngo" });
    expect(resolver.resolve("UN Children’s Fund")).toEqual({ name: "UNICEF", kind: "intergovernmental" });
  });

  it("prefers the longest name it finds", () => {
    expect(resolver.resolve("the UN human rights office")?.name).toBe("OHCHR");
    expect(resolver.resolve("U.N.")?.name).toBe("United Nations");
  });

  it("matches short acronyms only in capitals, longer ones in any case", () => {
    expect(resolver.resolve("who")).toBeNull();
    expect(resolver.resolve("Unicef")?.name).toBe("UNICEF");
    expect(matchesOnlyInCapitals("WHO")).toBe(true);
    expect(matchesOnlyInCapitals("U.N.")).toBe(true);
    expect(matchesOnlyInCapitals("UNICEF")).toBe(false);
  });

  it("knows nothing of a name outside its gazetteer", () => {
    expect(resolver.resolve("Norwegian Refugee Council")).toBeNull();
    expect(resolver.resolve("")).toBeNull();
    expect(resolver.isCanonical("Human Rights Watch")).toBe(true);
    expect(resolver.isCanonical("HRW")).toBe(false);
  });

  it("is built once per gazetteer", () => {
    expect(claimantResolver(GAZETTEER)).toBe(resolver);
  });
});

describe("cleanClaimantName", () => {
  it("strips articles, 'X-based', possessives and a trailing acronym in brackets", () => {
    expect(cleanClaimantName("the Norway-based group Iran Human Rights")).toBe("Iran Human Rights");
    expect(cleanClaimantName("Hengaw's")).toBe("Hengaw");
    expect(cleanClaimantName("Norwegian Refugee Council (NRC)")).toBe("Norwegian Refugee Council");
  });
});

describe("withCanonicalClaimant", () => {
  const resolver = claimantResolver(GAZETTEER);

  it("saves an alias under its canonical name and kind", () => {
    expect(withCanonicalClaimant({ claimant: "HRW" }, resolver)).toEqual({ claimant: "Human Rights Watch", claimantKind: "ngo" });
  });

  it("keeps the kind a person chose, and a name no one knows as typed", () => {
    expect(withCanonicalClaimant({ claimant: "HRW", claimantKind: "other" }, resolver)).toEqual({ claimant: "Human Rights Watch", claimantKind: "other" });
    expect(withCanonicalClaimant({ claimant: "Local clinic", status: "reported" }, resolver)).toEqual({ claimant: "Local clinic", status: "reported" });
    expect(withCanonicalClaimant({ claimant: null }, resolver)).toEqual({ claimant: null });
  });
});
