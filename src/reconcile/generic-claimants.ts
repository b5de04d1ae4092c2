// Words that mark a claimant as a description ("an official", "rights groups") rather than a named body,
// with the kind of speaker each names, the label a group of them is shown under, and the demonyms that qualify them.
import type { ClaimantKind } from "../domain/claim.js";

/**
 * Kinds of speaker a description names. Descriptions of one kind meet across outlets ("an Iranian
 * official", "Iranian authorities"); different kinds never do ("local medics", "local activists").
 */
export const SPEAKERS = {
  officials: { kind: "government", label: "officials" },
  security: { kind: "government", label: "security sources" },
  diplomats: { kind: "government", label: "diplomats" },
  rights_groups: { kind: "ngo", label: "rights groups" },
  activists: { kind: "ngo", label: "activists" },
  medics: { kind: "other", label: "medics" },
  medical_sources: { kind: "anonymous", label: "medical sources" },
  witnesses: { kind: "anonymous", label: "witnesses" },
  residents: { kind: "anonymous", label: "residents" },
  survivors: { kind: "anonymous", label: "survivors" },
  relatives: { kind: "anonymous", label: "relatives" },
  sources: { kind: "anonymous", label: "unnamed sources" },
  opposition: { kind: "opposition", label: "opposition sources" },
  media: { kind: "media", label: "media" },
} as const satisfies Record<string, { kind: ClaimantKind; label: string }>;

export type Speaker = keyof typeof SPEAKERS;

/** Head nouns of generic descriptions and the kind of speaker each names. */
export const GENERIC_HEADS: Record<string, Speaker> = {
  official: "officials",
  officials: "officials",
  authority: "officials",
  authorities: "officials",
  government: "officials",
  regime: "officials",
  figure: "officials",
  spokesman: "officials",
  spokesperson: "officials",
  spokeswoman: "officials",
  ministry: "officials",
  diplomat: "diplomats",
  diplomats: "diplomats",
  group: "rights_groups",
  groups: "rights_groups",
  monitors: "rights_groups",
  organisations: "rights_groups",
  organizations: "rights_groups",
  activist: "activists",
  activists: "activists",
  source: "sources",
  sources: "sources",
  person: "sources",
  people: "sources",
  insider: "sources",
  insiders: "sources",
  witness: "witnesses",
  witnesses: "witnesses",
  resident: "residents",
  residents: "residents",
  survivor: "survivors",
  survivors: "survivors",
  relatives: "relatives",
  families: "relatives",
  media: "media",
  outlets: "media",
  television: "media",
  tv: "media",
  doctor: "medics",
  doctors: "medics",
  medic: "medics",
  medics: "medics",
  nurses: "medics",
  hospital: "medics",
  hospitals: "medics",
};

/** Words before a vague head that say who is speaking: "a medical source", "security sources". */
export const SPEAKER_MODIFIERS: Record<string, Speaker> = {
  medical: "medical_sources",
  hospital: "medical_sources",
  health: "medical_sources",
  security: "security",
  military: "security",
  army: "security",
  police: "security",
  intelligence: "security",
  government: "officials",
  official: "officials",
  diplomatic: "diplomats",
  opposition: "opposition",
  activist: "activists",
};

/** Heads a modifier may re-read: a "medical source" is not just any source, a "medical group" is still a group. */
export const VAGUE_HEADS = new Set<Speaker>(["sources"]);

/** Country words in a description, and the demonym its group is shown with. */
export const DEMONYMS: Record<string, string> = {
  iran: "Iranian",
  iranian: "Iranian",
  israel: "Israeli",
  israeli: "Israeli",
  us: "US",
  "u.s.": "US",
  american: "US",
  syria: "Syrian",
  syrian: "Syrian",
  sudan: "Sudanese",
  sudanese: "Sudanese",
  russia: "Russian",
  russian: "Russian",
  ukraine: "Ukrainian",
  ukrainian: "Ukrainian",
  palestinian: "Palestinian",
  gaza: "Palestinian",
  turkey: "Turkish",
  turkish: "Turkish",
  lebanon: "Lebanese",
  lebanese: "Lebanese",
  iraq: "Iraqi",
  iraqi: "Iraqi",
  afghan: "Afghan",
  afghanistan: "Afghan",
  kurdish: "Kurdish",
  british: "British",
  uk: "British",
  french: "French",
  german: "German",
  venezuela: "Venezuelan",
  venezuelan: "Venezuelan",
  myanmar: "Myanmar",
  chinese: "Chinese",
  china: "Chinese",
  european: "European",
  western: "Western",
};

/** Words after which a description stops naming its head: "a figure in the regime", "sources close to …", "a doctor reached by phone". */
export const HEAD_CUTS = [" in ", " of ", " at ", " from ", " close to ", " familiar with ", " who ", " with ", " inside ", " within ", " reached ", " speaking ", " quoted ", " contacted ", " interviewed ", " on ", ","];

