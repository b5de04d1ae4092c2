// Sentences beside the English lexicon: each must yield exactly the claims listed (metric, lower
// bound, qualifier), or none. Written for Tally; en.test.ts runs them one by one, so a change to a
// word list shows at once which reading it gained or broke.
import type { Metric, Qualifier } from "../../domain/claim.js";

export interface LexiconExample {
  /** Which part of the lexicon the sentence exercises. */
  exercises: string;
  text: string;
  /** The claims it must yield, in order: [metric, min, qualifier]; empty when it must yield none. */
  yields: Array<[Metric, number, Qualifier]>;
}

export const EN_EXAMPLES: LexiconExample[] = [
  // metric cues, verbs and nouns
  { exercises: "METRIC_CUES killed", text: "Shelling killed 14 people in the market on Monday.", yields: [["killed", 14, "exact"]] },
  { exercises: "METRIC_CUES dead", text: "At least 31 people are dead after the bridge collapsed.", yields: [["killed", 31, "at_least"]] },
  { exercises: "METRIC_CUES injured", text: "Another 212 people were wounded in the blast.", yields: [["injured", 212, "exact"]] },
  { exercises: "METRIC_CUES detained", text: "Police said 1,400 protesters had been detained since Friday.", yields: [["detained", 1400, "exact"]] },
  { exercises: "METRIC_CUES behind bars", text: "More than 300 journalists remain behind bars, the group said.", yields: [["detained", 300, "more_than"]] },
  { exercises: "METRIC_CUES executed", text: "The authorities executed 12 men in the first week of the year.", yields: [["executed", 12, "exact"]] },
  { exercises: "METRIC_CUES sentenced to death", text: "A court sentenced 9 protesters to death on Sunday.", yields: [["sentenced_to_death", 9, "exact"]] },
  { exercises: "METRIC_CUES missing", text: "Some 60 fishermen are still missing after the storm.", yields: [["missing", 60, "approx"]] },
  { exercises: "METRIC_CUES displaced", text: "The floods have displaced 45,000 people across the province.", yields: [["displaced", 45000, "exact"]] },
  // hedges and bounds
  { exercises: "PRE_HEDGES at least", text: "At least 8 civilians were killed in the strike.", yields: [["killed", 8, "at_least"]] },
  { exercises: "PRE_HEDGES nearly", text: "Nearly 500 people have died since the outbreak began.", yields: [["killed", 500, "approx"]] },
  { exercises: "POST_HEDGES or more", text: "The storm killed 20 or more villagers.", yields: [["killed", 20, "at_least"]] },
  { exercises: "RANGE_JOINERS", text: "Between 200 and 250 people were killed, medics said.", yields: [["killed", 200, "range"]] },
  // number words and scales
  { exercises: "UNIT_WORDS", text: "Three soldiers were killed at the checkpoint.", yields: [["killed", 3, "exact"]] },
  { exercises: "SCALE_WORDS lakh", text: "Nearly 2.5 lakh people were displaced by the floods.", yields: [["displaced", 250000, "approx"]] },
  { exercises: "VAGUE_WORDS", text: "Dozens of people were injured in the crush.", yields: [["injured", 24, "vague"]] },
  // what is not a claim
  { exercises: "NON_PERSON_NOUNS", text: "The storm destroyed 4,000 homes and 12 bridges.", yields: [] },
  { exercises: "COMBINED_COUNT_CUES", text: "In all, 96 people were killed or injured in the attacks.", yields: [] },
  { exercises: "TREATMENT_WORDS", text: "Clinics treated 3,200 patients for cholera last week.", yields: [] },
  { exercises: "money and years", text: "The appeal for 2025 seeks US$ 400 million for the response.", yields: [] },
];
