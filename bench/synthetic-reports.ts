// Report-like text from templates, for benchmarking when samples/ holds too little:
// headlines, date lines, figures with hedges and sources, and plenty of sentences with no figure.

const PLACES = ["the river delta", "the northern districts", "the capital", "three border towns", "the coastal province", "the old city"];
const SOURCES = ["the health ministry", "a local rights group", "the civil defence agency", "UN officials", "the provincial governor", "an aid worker"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const HEDGES = ["at least", "more than", "about", "nearly", "up to", "", ""];
const METRIC_PHRASES = ["people were killed", "people died", "were injured", "people were arrested", "remain missing", "have been displaced"];
const FILLER = [
  "Roads into the area remained blocked by debris and standing water for most of the day.",
  "Residents described queues outside the only working bakery and long waits for fuel.",
  "Officials said the figures could change as teams reached villages that had been cut off.",
  "Phone lines were restored in some neighbourhoods late in the evening, allowing families to check on relatives.",
  "Schools were turned into shelters, and volunteers handed out blankets and bottled water.",
  "The government announced three days of mourning and promised an inquiry into the response.",
  "Footage shared online showed crowds gathering outside hospitals in search of news.",
];

/** A small deterministic generator, so every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticReport(index: number): string {
  const next = random(index + 1);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const figure = () => Math.floor(next() * 5000) + 3;
  const day = 1 + (index % 28);
  const lines = [`Crisis deepens in ${pick(PLACES)} as toll rises to ${figure().toLocaleString("en-US")}`, "", `March ${day}, 2025`, ""];
  for (let paragraph = 0; paragraph < 8; paragraph++) {
    const sentences = [
      `${pick(HEDGES)} ${figure().toLocaleString("en-US")} ${pick(METRIC_PHRASES)} in ${pick(PLACES)} by ${pick(WEEKDAYS)}, ${pick(SOURCES)} said.`.trim(),
      pick(FILLER),
      pick(FILLER),
      `According to ${pick(SOURCES)}, ${figure()} of them were children and ${figure()} were women.`,
      pick(FILLER),
    ];
    lines.push(sentences.map((sentence) => sentence.charAt(0).toUpperCase() + sentence.slice(1)).join(" "), "");
  }
  return lines.join("\n");
}
