// Long, sparse documents for the extraction bench: UN-style situation reports (hundreds of KB to a
// few MB, sections of narrative where few lines hold a casualty figure, key-figure tables, funding
// and logistics numbers that count no one) and live blogs (hundreds of short timestamped entries,
// the same running toll restated again and again). Deterministic: every run measures the same text.

import { seededIntegers } from "../src/domain/seeded-random.js";

const PLACES = ["Kassala", "the northern districts", "Tawila", "the coastal belt", "Upper Nile", "the eastern camps", "Dar Abu", "the river valley", "Mekelle", "the border crossings"];
const AGENCIES = ["OCHA", "UNHCR", "UNICEF", "WHO", "IOM", "the World Food Programme", "the Health Cluster", "the Protection Cluster", "the Ministry of Health", "the civil defence"];
const GROUPS = ["civilians", "children", "women", "aid workers", "health workers", "people", "displaced people", "refugees"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SECTIONS = ["SITUATION OVERVIEW", "HUMANITARIAN ACCESS", "PROTECTION", "HEALTH", "FOOD SECURITY", "WATER, SANITATION AND HYGIENE", "SHELTER AND NON-FOOD ITEMS", "EDUCATION", "LOGISTICS", "COORDINATION", "FUNDING"];

/** Narrative with no figure at all: most of a situation report. */
const PROSE = [
  "Partners continue to scale up the response despite insecurity along the main supply routes, which remain closed for long stretches of the week.",
  "The rainy season is expected to make several roads impassable, and partners are pre-positioning supplies in hubs closer to the affected areas.",
  "Humanitarian organisations call on all parties to allow safe and unhindered access to people who depend on assistance.",
  "Coordination meetings were held with local authorities to agree on the distribution plan and on the selection of sites for new facilities.",
  "Market prices for staple foods rose again during the reporting period, driven by the depreciation of the currency and disrupted trade.",
  "Mobile teams reached remote villages for the first time since the beginning of the year, and reported acute shortages of medicines.",
  "Access negotiations continue, and partners stress that assistance must be delivered on the basis of need alone.",
  "The cluster is reviewing its targets for the rest of the year in light of new assessments and the funding received so far.",
  "Communications remain intermittent in much of the region, which delays reporting and the verification of incidents.",
  "Community leaders asked for more support to schools that host families who have left their homes, as classes cannot resume.",
  "Water trucking continues in the camps while the rehabilitation of boreholes is under way in the surrounding villages.",
  "Teams observed that many households now eat one meal a day and sell their remaining livestock to buy food.",
  "The response plan remains severely underfunded, and several partners have suspended activities in the most remote locations.",
  "Protection monitors recorded continued reports of harassment at checkpoints and restrictions on the movement of young men.",
];

/** Sentences with numbers that count no one: money, trucks, sites, percentages, dates. */
function logistics(n: () => number, pick: <T>(items: T[]) => T): string {
  const options = [
    `A convoy of ${n() % 60 + 4} trucks carrying ${n() % 900 + 100} metric tons of supplies reached ${pick(PLACES)} on ${n() % 28 + 1} ${pick(MONTHS)}.`,
    `The appeal for this year is US$${(n() % 40) / 10 + 1}.${n() % 9} billion, of which ${n() % 60 + 5} per cent has been received.`,
    `${pick(AGENCIES)} rehabilitated ${n() % 40 + 2} water points and distributed ${n() % 9000 + 500} hygiene kits in ${pick(PLACES)}.`,
    `Since ${n() % 28 + 1} ${pick(MONTHS)}, ${n() % 30 + 3} mobile clinics have provided ${n() % 90000 + 1000} consultations.`,
    `Fuel prices have risen by ${n() % 300 + 10}% since ${pick(MONTHS)}, and ${n() % 20 + 2} of the ${n() % 40 + 22} hospitals in the state report shortages.`,
    `Partners plan to open ${n() % 12 + 2} new learning spaces for ${n() % 5000 + 300} pupils before ${pick(MONTHS)}.`,
  ];
  return capitalised(pick(options));
}

/** The rare sentences that carry a casualty figure. */
function casualty(n: () => number, pick: <T>(items: T[]) => T): string {
  const figure = (n() % 4000 + 3).toLocaleString("en-US");
  const options = [
    `According to ${pick(AGENCIES)}, at least ${figure} ${pick(GROUPS)} were killed in ${pick(PLACES)} between ${n() % 14 + 1} and ${n() % 14 + 15} ${pick(MONTHS)}.`,
    `On ${n() % 28 + 1} ${pick(MONTHS)}, shelling of a market in ${pick(PLACES)} killed ${n() % 60 + 2} ${pick(GROUPS)} and injured ${n() % 200 + 5} others, local health officials said.`,
    `${pick(AGENCIES)} estimates that more than ${figure} people have been displaced from ${pick(PLACES)} since the fighting began.`,
    `Some ${figure} people remain missing after the floods, ${pick(AGENCIES)} reported.`,
    `The number of ${pick(GROUPS)} detained in ${pick(PLACES)} has risen to ${figure}, the Protection Cluster said.`,
  ];
  return capitalised(pick(options));
}

function capitalised(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}


function tools(seed: number) {
  const next = seededIntegers(seed);
  const n = next;
  const pick = <T>(items: T[]): T => items[n() % items.length]!;
  return { n, pick };
}

/**
 * A situation report of about `bytes` bytes: a header block, highlights, a key-figures table,
 * then numbered sections of long paragraphs where about one sentence in fifteen counts casualties.
 */
export function situationReport(index: number, bytes: number): string {
  const { n, pick } = tools(index * 7919 + 1);
  const month = pick(MONTHS);
  const lines = [
    `Title: ${pick(PLACES).replace(/^the /, "")} humanitarian situation report no. ${index + 1}`,
    `Outlet: ${pick(AGENCIES)}`,
    `Published: 2025-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 27) + 1).padStart(2, "0")}`,
    "",
    `SITUATION REPORT ${index + 1}`,
    `${(index % 27) + 1} ${month} 2025`,
    "",
    "HIGHLIGHTS",
    "",
    `- ${casualty(n, pick)}`,
    `- ${pick(PROSE)}`,
    `- ${logistics(n, pick)}`,
    "",
    "KEY FIGURES",
    "",
    `${(n() % 90) / 10 + 1} M      people in need of humanitarian assistance`,
    `${(n() % 900) + 100}K      internally displaced people (1)`,
    `${n() % 40 + 2}         aid workers killed this year (2)`,
    "",
  ];
  let length = lines.reduce((sum, line) => sum + line.length + 1, 0);
  for (let section = 0; length < bytes; section++) {
    const heading = `${section + 1}. ${SECTIONS[section % SECTIONS.length]}`;
    lines.push(heading, "");
    length += heading.length + 2;
    for (let paragraph = 0; paragraph < 6 && length < bytes; paragraph++) {
      const sentences: string[] = [];
      for (let s = 0; s < 7; s++) {
        const roll = n() % 15;
        sentences.push(roll === 0 ? casualty(n, pick) : roll < 4 ? logistics(n, pick) : pick(PROSE));
      }
      const text = sentences.join(" ");
      lines.push(text, "");
      length += text.length + 2;
    }
  }
  return lines.join("\n");
}

/** A live blog of `entries` timestamped updates, newest first, restating a rising toll. */
export function liveBlog(index: number, entries: number): string {
  const { n, pick } = tools(index * 104729 + 3);
  const day = (index % 27) + 1;
  const place = pick(PLACES).replace(/^the /, "");
  const lines = [
    `Title: ${place} live: rescue teams search the rubble as the toll rises`,
    "Outlet: Meridian Live",
    `Published: 2025-03-${String(day).padStart(2, "0")}`,
    "",
    `${place} live: rescue teams search the rubble as the toll rises`,
    "",
    `${pick(WEEKDAYS)} ${day} March — updated 23:50 GMT`,
    "",
  ];
  let toll = n() % 200 + 20;
  for (let entry = 0; entry < entries; entry++) {
    const minutes = 23 * 60 + 50 - Math.floor((entry * 1430) / entries);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const roll = n() % 8;
    let body: string;
    if (roll === 0) {
      toll += n() % 9;
      body = `${pick(AGENCIES)} says the number of people killed has risen to ${toll}. At least ${n() % 400 + 10} others were injured.`;
    } else if (roll === 1) body = `The toll still stands at ${toll} dead, ${pick(AGENCIES)} repeated at its evening briefing. ${pick(PROSE)}`;
    else if (roll === 2) body = `${logistics(n, pick)} ${pick(PROSE)}`;
    else body = `${pick(PROSE)} ${pick(PROSE)}`;
    lines.push(`${time} — ${body}`, "");
  }
  return lines.join("\n");
}

/**
 * About `totalBytes` of long, sparse text: situation reports from 150 KB to 1.5 MB (and one of
 * 3 MB, since one long document must not cost more per KB than many short ones), and live blogs
 * of 400 to 1,600 entries, in the proportion of about two bytes of reports to one of blogs.
 */
export function sparseCorpus(totalBytes: number): string[] {
  const documents: string[] = [situationReport(0, Math.min(3_000_000, Math.floor(totalBytes * 0.3)))];
  let bytes = documents[0]!.length;
  for (let i = 1; bytes < totalBytes; i++) {
    const document = i % 3 === 0 ? liveBlog(i, 400 + ((i * 137) % 1200)) : situationReport(i, 150_000 + ((i * 211_111) % 1_350_000));
    documents.push(document);
    bytes += document.length;
  }
  return documents;
}
