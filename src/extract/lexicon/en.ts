// English lexicon of the claim grammar: number words, hedges, metric and population cues,
// non-claim nouns, attribution verbs, generic claimant descriptions, dates and event types.
// Data only: the stages in src/extract read these tables and hold no word lists of their own.
import type { ClaimantKind, Metric, Population, Qualifier, Status } from "../../domain/claim.js";
import type { Fate } from "../../domain/victim.js";

export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
  // Turkish "2 bin 615" and "3 milyon": reports quote agency figures verbatim.
  bin: 1_000, milyon: 1_000_000,
  // South Asian English: "2.5 lakh" is 250,000, "1.2 crore" is 12,000,000.
  lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000,
};

/** Vague quantity words and the lower bound the contract gives them. */
export const VAGUE_WORDS: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000,
};
/** "tens of thousands", "hundreds of thousands": vague word + "of" + plural scale. */
export const VAGUE_COMPOUNDS: Record<string, number> = {
  "tens of thousands": 20_000, "hundreds of thousands": 200_000, "tens of millions": 20_000_000,
  "dozens of thousands": 24_000,
};
/** "several hundred", "a few thousand": quantifier + scale, read as the vague plural. */
export const VAGUE_QUANTIFIERS = new Set(["several", "a few", "few", "many"]);

/** Hedges written before the figure, longest first where they overlap. */
export const PRE_HEDGES: Array<[string, Qualifier]> = [
  ["no fewer than", "at_least"], ["not fewer than", "at_least"], ["no less than", "at_least"],
  ["not less than", "at_least"], ["a minimum of", "at_least"], ["at a minimum", "at_least"], ["at least", "at_least"],
  ["more than", "more_than"], ["upwards of", "more_than"], ["in excess of", "more_than"], ["greater than", "more_than"],
  ["well over", "more_than"], ["over", "more_than"], ["above", "more_than"], ["surpassed", "more_than"],
  ["surpassing", "more_than"], ["surpasses", "more_than"], ["exceeds", "more_than"], ["exceeded", "more_than"],
  ["exceeding", "more_than"], ["topped", "more_than"], ["tops", "more_than"], ["topping", "more_than"],
  ["passed", "more_than"], ["passes", "more_than"], ["passing", "more_than"], ["top", "more_than"],
  ["crossed", "more_than"], ["crosses", "more_than"], ["beyond", "more_than"], ["pass", "more_than"],
  ["climbs past", "more_than"], ["climbed past", "more_than"], ["rose past", "more_than"], ["rises past", "more_than"],
  ["went past", "more_than"], ["goes past", "more_than"], ["pushed past", "more_than"],
  ["close to", "approx"], ["an estimated", "approx"], ["approximately", "approx"], ["roughly", "approx"],
  ["about", "approx"], ["around", "approx"], ["nearly", "approx"], ["almost", "approx"], ["some", "approx"],
  ["an approximate", "approx"], ["circa", "approx"], ["an average of", "approx"], ["estimated", "approx"],
  ["up to", "up_to"], ["as many as", "up_to"], ["as high as", "up_to"], ["could reach", "up_to"],
  ["may reach", "up_to"], ["might reach", "up_to"], ["could rise to", "up_to"], ["fewer than", "up_to"],
  ["less than", "up_to"], ["at most", "up_to"], ["no more than", "up_to"], ["not more than", "up_to"],
  ["under", "up_to"], ["below", "up_to"],
  // a count approaching or to pass a mark: "the toll nears 300", "would exceed 1,000"
  ["nears", "approx"], ["neared", "approx"], ["nearing", "approx"], ["exceed", "more_than"],
];

/** Hedges written after the figure ("2,500 or more"). */
export const POST_HEDGES: Array<[string, Qualifier]> = [
  ["or more", "at_least"], ["and counting", "at_least"], ["- plus", "at_least"], ["or so", "approx"], ["or fewer", "up_to"], ["+", "at_least"],
  ["plus", "at_least"], ["at least", "at_least"],
];

/** Words before "from X to Y" that make it a range, not a change: "ranged from 2,658 to 3,290", "a range from 793 to 8,498". */
export const RANGE_WORDS = new Set(["range", "ranged", "ranging", "ranges", "anywhere", "varying", "varied", "estimates"]);

/** Words joining the two ends of a range: "between 10 and 12", "10 to 12", "10-12". */
export const RANGE_JOINERS = new Set(["to", "-", "–", "and", "or"]);

/**
 * Metric cues. Keys are lower-case word sequences; a cue may be a noun after the figure
 * ("646 deaths"), a participle or predicate ("were killed", "15 dead") or a verb before it
 * ("killed 12,000", "detained at least 10,721").
 */
export const METRIC_CUES: Record<string, Metric> = {
  killed: "killed", kill: "killed", kills: "killed", killing: "killed", dead: "killed", deaths: "killed", death: "killed",
  died: "killed", die: "killed", dying: "killed", fatalities: "killed", fatality: "killed", martyrs: "killed",
  martyred: "killed", "lost their lives": "killed", "lost his life": "killed", "lost her life": "killed",
  slain: "killed", murdered: "killed", perished: "killed", "death toll": "killed", toll: "killed",
  bodies: "killed", corpses: "killed", "shot dead": "killed", massacred: "killed", drowned: "killed",
  "number of dead": "killed", "number of deaths": "killed", "number of those killed": "killed",
  "number of people killed": "killed", "fatal casualties": "killed", "confirmed dead": "killed",
  "were killed": "killed", killings: "killed", homicides: "killed", "lost their homes": "displaced", "lost homes": "displaced",
  "left homeless": "displaced", "made homeless": "displaced", "in temporary shelters": "displaced",
  "in shelters": "displaced", "in tents": "displaced", "staying in tents": "displaced", "in displacement camps": "displaced",
  "not been found": "missing", "not yet been found": "missing", "still missing": "missing",
  treated: "injured", wounds: "injured", buried: "killed", "bodies recovered": "killed", "gunshot wounds": "injured", detention: "detained",
  "being held": "detained", "been held": "detained", "are held": "detained", "were held": "detained",
  "held in custody": "detained", "held in detention": "detained", hangs: "executed", "still held": "detained",
  "still being held": "detained", "behind bars": "detained", "in detention": "detained",
  abducted: "detained", abduct: "detained", abducts: "detained", abducting: "detained", abduction: "detained",
  kidnapped: "detained", kidnap: "detained", kidnaps: "detained", hostages: "detained", hostage: "detained",
  "taken hostage": "detained", "held hostage": "detained", captives: "detained", "been taken": "detained",
  "been taken away": "detained", "been taken to hospital": "injured", "been taken to hospitals": "injured",
  "claimed the lives of": "killed", "cost the lives of": "killed", "took the lives of": "killed",
  flee: "displaced", "to flee": "displaced", "flee their homes": "displaced",
  lynched: "killed", beheaded: "killed", "gunned down": "killed", "burned to death": "killed", "stabbed to death": "killed",
  "beaten to death": "killed", "burnt to death": "killed", "crushed to death": "killed",
  "not been accounted for": "missing", "not accounted for": "missing", "still searching for": "missing",
  "need shelter": "displaced", "in need of shelter": "displaced", "in relief camps": "displaced",
  "living in relief camps": "displaced", "in evacuation centres": "displaced", "in evacuation centers": "displaced",
  "in camps": "displaced", "fled their homes": "displaced",
  injured: "injured", injuries: "injured", wounded: "injured", wounding: "injured", injuring: "injured",
  hurt: "injured", hospitalised: "injured", hospitalized: "injured", "taken to hospital": "injured",
  "treated for injuries": "injured", maimed: "injured", injure: "injured", wound: "injured",
  detained: "detained", detainees: "detained", detainee: "detained", detentions: "detained", arrested: "detained",
  arrests: "detained", arrest: "detained", "in custody": "detained", "taken into custody": "detained",
  jailed: "detained", imprisoned: "detained", "rounded up": "detained", detaining: "detained", arresting: "detained",
  detain: "detained", prisoners: "detained", "political prisoners": "detained", apprehended: "detained",
  executed: "executed", executions: "executed", execution: "executed", hanged: "executed", hangings: "executed",
  "put to death": "executed", executing: "executed", execute: "executed",
  "sentenced to death": "sentenced_to_death", "death sentences": "sentenced_to_death",
  "death sentence": "sentenced_to_death", "condemned to death": "sentenced_to_death", "on death row": "sentenced_to_death",
  missing: "missing", "unaccounted for": "missing", disappeared: "missing", "forcibly disappeared": "missing",
  "remain missing": "missing",
  displaced: "displaced", displacement: "displaced", fled: "displaced", "forced to flee": "displaced", homeless: "displaced",
  evacuated: "displaced", uprooted: "displaced", refugees: "displaced", "forced from their homes": "displaced",
  "driven from their homes": "displaced", "internally displaced": "displaced", evacuees: "displaced", displacing: "displaced",
  // refugees crossing and people leaving or driven from their homes; the injured by what they suffer
  "crossed into": "displaced", "crossed the border": "displaced", "crossed the borders": "displaced",
  "had crossed": "displaced", "have crossed": "displaced", "has crossed": "displaced", arrivals: "displaced",
  influx: "displaced", "leave their homes": "displaced", "left their homes": "displaced",
  "leave their villages": "displaced", "left their villages": "displaced",
  "into relief camps": "displaced", "into camps": "displaced", "taken shelter": "displaced", "taking shelter": "displaced",
  "took shelter": "displaced", "with injuries": "injured", "with burns": "injured", "with wounds": "injured",
  "with gunshot wounds": "injured", "in hospital with": "injured", "gone missing": "missing",
  "buried under": "missing", "trapped under": "missing", "still buried": "missing", "still trapped": "missing",
  liquidated: "killed", "now held": "detained", "lives lost": "killed", "lives were lost": "killed", "went missing": "missing", "forced to leave": "displaced",
  "whose homes were destroyed": "displaced",
  // still under mud or rubble is missing, not dead: "at least 40 people remained buried"
  "remained buried": "missing", "remain buried": "missing", "remains buried": "missing", "listed as missing": "missing",
  // "25 people had been shot and wounded"; "34 people still receiving treatment … for their injuries"
  "shot and wounded": "injured", "shot and injured": "injured", "shot and killed": "killed",
  "receiving treatment": "injured", "received treatment": "injured", "hospital treatment": "injured",
  "received hospital treatment": "injured", "receiving hospital treatment": "injured",
};

/**
 * Verbs that make the figure right after them their object, and nothing else ("holding hundreds",
 * "captured 150 soldiers", "treating dozens"): too loose to read from further away.
 */
export const ADJACENT_VERB_CUES: Record<string, Metric> = {
  holding: "detained", captured: "detained", capturing: "detained", abducted: "detained",
  kidnapped: "detained", seized: "detained", seizing: "detained", rounded: "detained", treating: "injured",
  abducting: "detained", kidnapping: "detained", lynched: "killed",
  "searching for": "missing", "search for": "missing", "looking for": "missing", sentenced: "sentenced_to_death",
  treated: "injured", hanged: "executed", hanging: "executed", hangs: "executed", hang: "executed",
  executed: "executed", killed: "killed", killing: "killed", arrested: "detained", detained: "detained",
  displaced: "displaced", displacing: "displaced", injuring: "injured", injured: "injured", wounding: "injured",
  wounded: "injured", evacuated: "displaced", "sentenced to death": "sentenced_to_death",
};

/**
 * Cues that name the metric but are not the figure's own (a "death sentence" of one person is a
 * victim record): used to stop "sentenced" reading as "sentenced to death" without "to death".
 */
export const METRIC_MAX_CUE_WORDS = 4;

/** Nouns that name people; the figure they follow counts people. Value: the population they name. */
export const PERSON_NOUNS: Record<string, Population> = {
  people: "all", persons: "all", person: "all", individuals: "all", individual: "all", others: "all", victims: "all",
  residents: "all", inhabitants: "all", citizens: "civilians", relatives: "all",
  "family members": "all", parents: "all", mothers: "all", fathers: "all", wives: "all", husbands: "all",
  contractors: "other", owners: "other", "building owners": "other", officials: "other", physicians: "other",
  fighters: "other", lives: "all", souls: "all", men: "all", man: "all", adults: "all", schoolgirls: "children",
  schoolboys: "children", terrorists: "other", jihadists: "other", bandits: "other",
  "gang members": "other", gangsters: "other", hostages: "all", boy: "children", girl: "children",
  villagers: "all", pilgrims: "all", passengers: "all", worshippers: "all", migrants: "all", patients: "civilians", companions: "all",
  protesters: "protesters", protestors: "protesters", demonstrators: "protesters", protester: "protesters",
  demonstrator: "protesters", rioters: "protesters", marchers: "protesters",
  civilians: "civilians", civilian: "civilians", bystanders: "civilians", "non-combatants": "civilians",
  noncombatants: "civilians", passersby: "civilians", "passers-by": "civilians",
  children: "children", child: "children", minors: "children", minor: "children", kids: "children", boys: "children",
  girls: "children", infants: "children", babies: "children", teenagers: "children", juveniles: "children",
  toddlers: "children", schoolchildren: "children", pupils: "children",
  women: "women", woman: "women",
  soldiers: "security_forces", soldier: "security_forces", troops: "security_forces", police: "security_forces",
  policemen: "security_forces", "police officers": "security_forces", officers: "security_forces", guards: "security_forces",
  personnel: "security_forces", servicemen: "security_forces", militants: "other",
  combatants: "other", gunmen: "other", rebels: "other", insurgents: "other",
  members: "all", agents: "security_forces", conscripts: "security_forces", paramilitaries: "security_forces",
  journalists: "other", journalist: "other", reporters: "other", medics: "other", doctors: "other", nurses: "other",
  "health workers": "other", "aid workers": "other", "humanitarian workers": "other", staff: "other",
  prosecutor: "other", prosecutors: "other", judge: "other", judges: "other", clerics: "other", students: "other",
  workers: "other", teachers: "other", athletes: "other", activists: "other", lawyers: "other", miners: "other",
  firefighters: "other", rescuers: "other", volunteers: "other", employees: "other", farmers: "other",
  foreigners: "other", nationals: "other", tourists: "other", prisoner: "other", inmates: "other",
  suspects: "other", attackers: "other", engineers: "other", criminals: "other", marines: "security_forces", guardsmen: "security_forces",
  // singulars after "one": "14 students and one teacher had been killed"
  teacher: "other", student: "other", worker: "other", nurse: "other", doctor: "other", firefighter: "other",
  volunteer: "other", farmer: "other", resident: "all", villager: "all", migrant: "all", passenger: "all",
  policeman: "security_forces", officer: "security_forces", militant: "other",
};

/** Words anywhere in the counted phrase that narrow the population; checked in this order. */
export const POPULATION_CUES: Array<[string, Population]> = [
  ["non-protesting", "civilians"], ["non-protester", "civilians"], ["not taking part", "civilians"],
  ["not participating", "civilians"], ["uninvolved", "civilians"], ["bystanders", "civilians"],
  ["unarmed citizens", "civilians"], ["under 18", "children"], ["under the age of 18", "children"], ["under age 18", "children"], ["underage", "children"],
  ["minors", "children"], ["children", "children"], ["child", "children"],
  ["women", "women"],
  ["security forces", "security_forces"], ["security personnel", "security_forces"], ["security force", "security_forces"],
  ["armed forces", "security_forces"], ["national guard", "security_forces"],
  ["government-affiliated", "security_forces"], ["law enforcement", "security_forces"], ["military", "security_forces"],
  ["police", "security_forces"], ["soldiers", "security_forces"], ["troops", "security_forces"],
  ["basij", "security_forces"], ["revolutionary guards", "security_forces"], ["servicemen", "security_forces"],
  ["pro-government", "security_forces"], ["militia", "security_forces"],
  ["protesters", "protesters"], ["protestors", "protesters"], ["demonstrators", "protesters"],
  ["civilians", "civilians"], ["civilian", "civilians"],
];

/** Nouns that make the figure a count of things, not people: such a figure is not a claim. */
export const NON_PERSON_NOUNS = new Set([
  "cities", "city", "towns", "town", "villages", "provinces", "province", "districts", "countries", "states",
  "regions", "locations", "sites", "places", "areas", "neighbourhoods", "neighborhoods", "streets", "universities",
  "videos", "video", "photos", "photographs", "images", "clips", "posts", "messages", "screenshots", "documents",
  "confessions", "confession", "cases", "incidents", "attacks", "strikes", "airstrikes", "raids", "protests",
  "demonstrations", "rallies", "gatherings", "events", "times", "days", "day", "weeks", "week", "months", "month",
  "years", "year", "decades", "hours", "hour", "minutes", "nights", "night", "seconds", "centuries",
  "percent", "per", "pc", "points", "dollars", "euros", "pounds", "rials", "tomans", "yuan", "rupees", "liras",
  "homes", "houses", "buildings", "schools", "hospitals", "mosques", "churches", "vehicles", "cars", "trucks",
  "tanks", "aircraft", "drones", "missiles", "rockets", "rounds", "bullets", "shells", "weapons", "guns",
  "kilometres", "kilometers", "miles", "km", "metres", "meters", "tonnes", "tons", "kg", "hectares", "acres",
  "degrees", "magnitude", "feet", "inches", "litres", "liters", "articles", "pages", "reports", "letters",
  "sentences", "charges", "trials", "courts", "prisons", "facilities", "camps", "shelters", "beds", "units",
  "tents", "meals", "trucks", "flights", "ships", "boats", "families", "households", "species", "animals",
  "cattle", "livestock", "names", "lists", "accounts", "calls", "interviews", "sources", "organizations",
  "organisations", "groups", "outlets", "networks", "companies", "businesses", "shops", "banks", "votes", "seats",
  "laws", "bills", "tariffs", "languages", "steps", "stages", "waves", "rounds", "generations", "votes",
  "digits", "figures", "numbers", "counts", "tallies", "estimates", "versions", "editions", "street", "house", "home", "building", "village", "school", "hospital", "car",
  "vehicle", "video", "photo", "site", "location", "incident", "case", "attack", "strike", "raid", "report",
  "statement", "list", "country", "state", "region", "district", "neighbourhood", "neighborhood", "province",
  "dams", "dam", "bridges", "roads", "requests", "request", "calls", "appeals", "complaints", "petitions", "signatures", "visits", "trips",
  "centres", "centers", "clinics", "stations", "departments", "counties", "municipalities", "governorates", "settlements",
  "explosions", "blasts", "bombings", "pellets", "kits", "doses", "tablets",
  // dead and wounded together: "listed 48 casualties in all" is a combined total
  "casualties", "casualty",
]);

/** Words between a figure and its noun that do not break the counted phrase. */
export const PHRASE_FILLERS = new Set([
  "more", "other", "others", "additional", "further", "new", "reported", "confirmed", "verified", "documented",
  "known", "recorded", "registered", "identified", "active", "young", "innocent", "unarmed", "peaceful", "armed",
  "of", "the", "and", "or", "their", "its", "those", "these", "were", "people", "local", "foreign", "unidentified",
  "named", "estimated", "suspected", "alleged", "total", "elderly", "pregnant", "injured", "wounded", "dead",
]);

/** Verbs of saying and reporting that introduce a claimant. Value: the status they imply, if any. */
export const ATTRIBUTION_VERBS: Record<string, Status | null> = {
  said: null, says: null, say: null, saying: null, told: null, tells: null, reported: null, reports: null,
  report: null, reporting: null, stated: null, states: null, announced: null, announces: null, claimed: null,
  claims: null, claim: null, claiming: null, added: null, wrote: null, noted: null, posted: null, published: null,
  tweeted: null, cited: null, citing: null, warned: null, found: null, finds: null, counted: null, counts: null,
  tallied: null, recorded: null, registered: null, listed: null, updated: null, revised: null, raised: null,
  "put": null, puts: null, gave: null, gives: null, released: null, issued: null, informed: null, alleged: null,
  alleges: null, insisted: null, acknowledged: null, admitted: null, disclosed: null, revealed: null,
  raises: null, updates: null, revises: null, lowered: null, lowers: null, increased: null, increases: null,
  accuses: null, accused: null, quoted: null, broke: null, treats: null, treated: null, rescued: null,
  // an inquiry's finding: "the council concluded in March that 632 people had died"
  concluded: null, concludes: null, established: null, determined: null,
  received: null, buried: null, recovered: null, evacuated: null, described: null, describes: null,
  fears: "estimate", feared: "estimate",
  confirmed: "verified", confirms: "verified", confirm: "verified", verified: "verified", verifies: "verified",
  documented: "verified", documents: "verified",
  estimated: "estimate", estimates: "estimate", estimate: "estimate", believes: "estimate", believed: "estimate",
  projected: "estimate", projects: "estimate", calculated: "estimate", suggested: "estimate", believe: "estimate",
  // "she expected the final toll to exceed 300", "DoDMA expects the number … to exceed 250,000"
  expects: "estimate", expected: "estimate", predicts: "estimate", predicted: "estimate", forecasts: "estimate",
};

/** Status cues in the figure's clause; order matters (first found wins within equal distance). */
export const STATUS_CUES: Array<[string, Status]> = [
  ["under review", "under_review"], ["being verified", "under_review"], ["yet to be verified", "under_review"],
  ["not yet verified", "under_review"], ["awaiting verification", "under_review"], ["unverified", "under_review"],
  ["being investigated", "under_review"], ["pending verification", "under_review"], ["unconfirmed", "under_review"],
  ["yet to be confirmed", "under_review"], ["not yet confirmed", "under_review"], ["being checked", "under_review"],
  ["not yet", "under_review"], ["yet to", "under_review"], ["reviewing", "under_review"], ["still checking", "under_review"],
  ["verified", "verified"], ["confirmed", "verified"], ["documented", "verified"], ["confirm", "verified"],
  ["verify", "verified"], ["believe", "estimate"],
  ["estimated", "estimate"], ["estimates", "estimate"], ["estimate", "estimate"], ["believed", "estimate"], ["fear", "estimate"],
  ["believes", "estimate"], ["projected", "estimate"], ["projection", "estimate"], ["feared", "estimate"],
  ["thought to", "estimate"], ["likely", "estimate"], ["could be as high as", "estimate"], ["may have", "estimate"],
  ["extrapolat", "estimate"], ["might reach", "estimate"], ["could reach", "estimate"], ["may reach", "estimate"],
  ["could be", "estimate"], ["might be", "estimate"], ["fears", "estimate"], ["assumption", "estimate"],
];
/** Negations that undo a verification cue ("could not independently verify"). */
export const STATUS_NEGATIONS = ["not", "unable", "cannot", "can't", "couldn't", "could not", "without", "no way to"];

/** Generic claimant descriptions: the head noun of the phrase, and the kind it names. */
export const GENERIC_CLAIMANTS: Record<string, ClaimantKind> = {
  official: "government", officials: "government", authorities: "government", authority: "government",
  government: "government", ministry: "government", minister: "government", ministers: "government",
  spokesman: "government", spokeswoman: "government", spokesperson: "government", police: "government",
  army: "government", military: "government", governor: "government", mayor: "government", judiciary: "government",
  prosecutor: "government", president: "government", regime: "government", administration: "government",
  agency: "government", coroner: "government", "civil defence": "government", "civil defense": "government",
  "emergency services": "government", "state media": "media", "state tv": "media", "state television": "media",
  "news agency": "media", newspaper: "media", broadcaster: "media", media: "media", outlet: "media", channel: "media",
  "rights group": "ngo", "rights groups": "ngo", "rights organization": "ngo", "rights organisation": "ngo",
  "rights organizations": "ngo", "rights organisations": "ngo", activists: "ngo", activist: "ngo", monitor: "ngo",
  monitors: "ngo", "monitoring group": "ngo", watchdog: "ngo", ngo: "ngo", ngos: "ngo", charity: "ngo",
  "aid group": "ngo", "aid groups": "ngo", "aid agencies": "ngo", "aid agency": "ngo", group: "ngo", groups: "ngo",
  organization: "ngo", organisation: "ngo", organizations: "ngo", organisations: "ngo",
  opposition: "opposition", dissidents: "opposition", rebels: "opposition", "opposition sources": "opposition",
  source: "anonymous", sources: "anonymous", insider: "anonymous", insiders: "anonymous", diplomat: "anonymous",
  diplomats: "anonymous", "people familiar": "anonymous", figure: "government",
  survivors: "other", relatives: "other", families: "other", "family members": "other", eyewitnesses: "other",
  doctors: "other", doctor: "other", medics: "other", hospital: "other", hospitals: "other", witnesses: "other",
  witness: "other", residents: "other", researchers: "other", study: "other", survey: "other", report: "other",
  figures: "government", statement: "other", statistics: "other", bulletin: "other",
  "morgue": "other", "health workers": "other", "local medics": "other", "medical sources": "anonymous",
  commander: "government", "spokesman for": "government", un: "intergovernmental",
  "member of parliament": "government", lawmaker: "government", legislator: "government", mp: "government",
  parliament: "government", committee: "government", commission: "government", council: "government",
  "attorney general": "government", "prosecutor general": "government", judge: "government",
  network: "ngo", association: "ngo", union: "ngo", coalition: "ngo", federation: "ngo", society: "ngo",
  centre: "ngo", center: "ngo", institute: "other", observatory: "ngo", mission: "intergovernmental",
  office: "government", service: "government", department: "government", unit: "other", team: "other",
  teams: "other", staff: "other", detainee: "other", "former detainee": "other", resident: "other", survivor: "other", villager: "other", villagers: "other",
  teacher: "other", "head teacher": "other", principal: "other", nurse: "other", medic: "other", county: "government",
  "county officials": "government", "coast guard": "government", coastguard: "government",
  "disaster centre": "government", "disaster center": "government", volunteers: "other", rescuers: "other", workers: "other", embassies: "government",
  embassy: "government",
  // a role alone is a generic claimant of the kind the role gives ("the officer said")
  officer: "government", officers: "government",
  // inquiries and courts speak for their findings; community leaders for what they saw
  panel: "government", inquiry: "government", court: "government", tribunal: "government",
  leaders: "other", "community leaders": "other", elders: "other",
};

/** Modifiers that set a generic claimant's kind whatever its head ("government report", "opposition channel"). */
export const CLAIMANT_KIND_MODIFIERS: Array<[string, ClaimantKind]> = [
  ["opposition", "opposition"], ["anonymous", "anonymous"], ["unnamed", "anonymous"], ["reliable source", "anonymous"],
  ["source", "anonymous"], ["rights", "ngo"], ["activist", "ngo"], ["government", "government"], ["official", "government"],
  ["state", "government"], ["ministry", "government"], ["regime", "government"], ["military", "government"],
  ["police", "government"], ["army", "government"], ["un ", "intergovernmental"],
];

/** Definite descriptions and pronouns that refer back to an earlier claimant. */
export const ANAPHORS = new Set([
  "it", "they", "he", "she", "the group", "the organisation", "the organization", "the agency", "the ministry",
  "the monitor", "the official", "the source", "the sources", "the charity", "the activist group",
  "the rights group", "the ngo", "the watchdog", "the outlet", "the channel", "the body", "the office", "the network",
  "the department", "the observatory", "the institute", "the committee", "the spokesman",
  "the spokesperson", "the spokeswoman", "the report", "the un", "the campaign", "the centre", "the center",
]);

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Relative day words and how many days before publication they point; -1 is the latest Sunday. */
export const RELATIVE_DAYS: Record<string, number> = {
  today: 0, tonight: 0, "over the weekend": -1, "at the weekend": -1, "this weekend": -1, "last weekend": -1, "this morning": 0, "this afternoon": 0, "this evening": 0, yesterday: 1,
  "last night": 1, "the day before": 1, "last week": 7, "earlier this week": 3, "a day earlier": 1, "the previous day": 1,
};

/** Words before a date that make it the start of something, not the day a count describes. */
export const DATE_START_CUES = [
  "since", "from", "began", "begun", "begin", "started", "erupted", "broke out", "starting", "beginning",
  "left", "between", "after", "before", "born",
];

/** Event types: a claim sentence naming a different type than the document's main event is about another crisis. */
export const EVENT_TYPES: Record<string, string> = {
  protest: "protest", protests: "protest", protesters: "protest", demonstrations: "protest", uprising: "protest",
  unrest: "protest", crackdown: "protest", riots: "protest", demonstrators: "protest",
  war: "war", wars: "war", conflict: "war", fighting: "war", offensive: "war", airstrikes: "war", airstrike: "war",
  bombardment: "war", shelling: "war", invasion: "war", siege: "war", battle: "war", hostilities: "war",
  earthquake: "earthquake", quake: "earthquake", earthquakes: "earthquake", tremor: "earthquake", aftershock: "earthquake",
  flood: "flood", floods: "flood", flooding: "flood", "flash floods": "flood", monsoon: "flood",
  cyclone: "storm", hurricane: "storm", typhoon: "storm", storm: "storm",
  wildfire: "fire", wildfires: "fire", blaze: "fire", tsunami: "tsunami", landslide: "landslide", landslides: "landslide",
  famine: "famine", drought: "famine", epidemic: "epidemic", outbreak: "epidemic", cholera: "epidemic", pandemic: "epidemic",
  espionage: "espionage", spying: "espionage",
};

/** Phrases that mark a figure as a comparison with another time or place. */
export const COMPARISON_CUES = [
  "by comparison", "in comparison", "compared with", "compared to", "than in", "previous year",
  "a decade ago", "years ago", "decades ago", "years earlier", "decades earlier", "a decade earlier", "historically", "the deadliest since",
  "the highest since", "the highest number since", "on record", "earlier wars", "earlier conflicts", "the last war",
];

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "st", "no", "nos", "vs", "etc", "jr",
  "sr", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est", "gov", "sen", "rep", "rev", "fig", "inc", "ltd", "co",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "al",
]);

// ---- What counts (issue 8): breakdowns, combined totals, projections -------------------------

/** Verbs right before a bare figure that continue the count in hand ("Dolakha accounted for 58"). */
/** Verbs a place takes as well as a source ("Nakuru has recorded the most deaths"): a bare name before them is where, not who. */
export const PLACE_RECORDING_VERBS = new Set(["recorded", "registered", "records", "registers"]);

export const COUNT_CONTINUING_VERBS = ["accounted for", "accounts for", "account for", "recorded", "registered", "counted", "listed"];

/** One figure for two fates ("2,505 killed or injured"): a combined total is not a claim. */
export const COMBINED_COUNT_CUES = [
  "killed or injured", "killed or wounded", "killed and injured", "killed and wounded", "killed or hurt",
  "injured or killed", "wounded or killed", "dead or injured", "dead or wounded", "dead and injured",
  "dead and wounded", "dead or missing", "dead and missing", "killed or missing", "deaths and injuries",
  "deaths or injuries", "killed or displaced", "died or went missing", "died or gone missing", "died or disappeared",
  "killed or went missing", "killed or missing", "dead or disappeared",
];

/** Verbs of giving aid: "distributed food to 35,000 people" counts recipients, not what befell them. */
export const AID_VERBS = new Set([
  "distributed", "delivered", "provided", "assisted", "supported", "served", "fed", "vaccinated", "screened",
  "distributing", "delivering", "providing", "assisting", "supporting",
]);

/** Words of letting people go: "2,000 detainees had been released", "1,700 hostages were rescued" count no one held. */
export const RELEASE_WORDS = new Set(["released", "freed", "rescued", "releasing", "freeing", "releases", "frees"]);

/** Words of taking people for money: a kidnapping for ransom by a non-state group is not a claim. */
export const KIDNAP_WORDS = new Set([
  "kidnapped", "kidnap", "kidnaps", "kidnapping", "kidnappings", "abducted", "abduct", "abducts", "abducting",
  "abduction", "abductions", "hostage", "hostages", "seized", "seizing",
]);
export const RANSOM_WORDS = new Set(["ransom", "ransoms"]);

/** "treated 44 people for cholera": treatment counts the injured only when an injury is named. */
export const TREATMENT_WORDS = new Set(["treated", "treating", "treat", "treats", "treatment"]);
export const INJURY_WORDS = new Set([
  "injured", "wounded", "hurt", "maimed", "injuries", "injury", "wounds", "wound", "burns", "burn", "fractures",
  "trauma", "gunshot", "gunshots", "cuts", "bullet", "shrapnel", "crush",
]);

/** "67,257 people are living in 349 relief camps": people staying in places of refuge are displaced. */
export const SHELTER_VERBS = new Set([
  "living", "staying", "sheltering", "housed", "sheltered", "accommodated", "lodged", "lodging",
  // "2,100 people spent last night in tent camps", "were still sleeping in temporary shelters"
  "spent", "spending", "sleeping", "slept",
]);
/** Words between a shelter verb and its place: "spent last night in", "slept the night at". */
export const SHELTER_NIGHT_WORDS = new Set(["last", "the", "night", "nights", "another", "a", "second", "third"]);
export const SHELTER_PLACES = new Set([
  "camps", "camp", "centres", "centers", "centre", "center", "shelters", "shelter", "sites", "settlements", "tents",
  "housing", "accommodation",
  // public buildings opened to the homeless: "sheltering in monasteries and schools"
  "schools", "monasteries", "churches", "mosques", "temples", "gymnasiums", "stadiums", "hotels",
]);

/**
 * A projection: a modal, then (after an adverb or two) a verb of reaching a number: "could climb as
 * high as", "would probably exceed", "as many as 860,000 people could flee". Its figure is an estimate.
 */
export const PROJECTION_MODALS = new Set(["could", "would", "will", "may", "might", "should"]);
export const PROJECTION_ADVERBS = new Set(["still", "probably", "eventually", "well", "likely", "easily", "soon", "ultimately", "further", "yet", "even", "also"]);
export const PROJECTION_VERBS = new Set([
  "exceed", "reach", "rise", "climb", "top", "pass", "surpass", "hit", "double", "triple", "grow", "increase",
  "flee", "die", "be", "have", "go", "run",
]);
/** Words that make a figure an estimate wherever they stand in its clause. */
export const ESTIMATE_ADVERBS = ["probably", "possibly", "presumably", "assumes", "assuming", "if one assumes", "expected to", "set to rise"];

/** Verbs of changing a count: "cut the toll by 100" gives a difference between tolls, not a toll. */
export const CHANGE_VERBS = new Set([
  "cut", "cuts", "revised", "revises", "lowered", "lowers", "reduced", "reduces", "raised", "raises", "increased",
  "increases", "rose", "risen", "rises", "fell", "fallen", "falls", "dropped", "drops", "grew", "grown", "jumped",
  "climbed", "decreased", "declined", "up", "down", "higher", "lower",
]);

/** An arrest ordered, sought or called for is not an arrest made. */
export const UNREALISED_CUES = [
  "ordered the arrest of", "ordered the arrests of", "warrants for the arrest of", "arrest warrants for",
  "warrants for", "called for the arrest of", "sought the arrest of", "seeking the arrest of", "demanded the arrest of",
];

// ── Discourse: who speaks for a figure across sentences (issue 8) ──────────────────────────

/** Nouns of a running count: a sentence with one updates the series ("the toll rises to 135"). */
export const SERIES_UPDATE_NOUNS = new Set(["toll", "tally", "count", "figures", "total"]);

/** Words that end the source a document note names: "figures are those of X unless another source is named". */
export const NOTE_SOURCE_ENDS = new Set(["unless", "except", "where", "when", "if", "and"]);

/** Heads of an institution's own name: "the commission" is the "High Commission for …" named before, whatever its kind. */
export const INSTITUTION_HEADS = new Set(["commission", "ministry", "agency", "office", "mission", "committee", "service", "department", "society", "authority", "council", "directorate", "centre", "center"]);

/** Participles that date a source's document: "a study published in May", "its report, released on 30 November". */
export const ISSUING_WORDS = new Set(["published", "released", "issued"]);

/** Words that open a clause about the event, whose day is not the count's: "killed when gunmen attacked on Tuesday". */
export const EVENT_CLAUSE_OPENERS = new Set(["when", "after", "as", "while", "before", "because"]);

// ---- Named victims (issue 10): a named person with a fate, kept as a record of the list "reports" ----

/** Words that make a passive fate phrase of the participle after them: "was executed", "had been detained". */
export const FATE_AUXILIARIES = ["was", "were", "is", "are", "has been", "have been", "had been"];

/** Participles after an auxiliary that state a named person's fate ("X was hanged"); alone they may be active ("X executed Y"). */
export const PASSIVE_FATES: Array<[string, Fate]> = [
  ["executed", "executed"], ["hanged", "executed"], ["put to death", "executed"],
  ["killed", "killed"], ["shot dead", "killed"], ["shot and killed", "killed"], ["beaten to death", "killed"], ["murdered", "killed"], ["found dead", "killed"],
  ["sentenced to death", "sentenced_to_death"], ["condemned to death", "sentenced_to_death"],
  ["arrested", "detained"], ["detained", "detained"], ["abducted", "detained"], ["taken into custody", "detained"], ["imprisoned", "detained"],
  ["missing", "missing"], ["reported missing", "missing"], ["forcibly disappeared", "missing"],
];

/** Verb phrases that state a fate with no auxiliary: "X died in custody", "X went missing". */
export const INTRANSITIVE_FATES: Array<[string, Fate]> = [
  ["died", "killed"], ["was among the dead", "killed"], ["were among the dead", "killed"], ["was among those killed", "killed"], ["were among those killed", "killed"], ["went missing", "missing"], ["disappeared", "missing"], ["remains missing", "missing"], ["remain missing", "missing"],
];

/** Active verbs whose object, when it is a name, is the person with the fate: "forces shot dead X", "the authorities hanged X". */
export const ACTIVE_FATES: Array<[string, Fate]> = [
  ["executed", "executed"], ["hanged", "executed"], ["killed", "killed"], ["shot dead", "killed"], ["shot and killed", "killed"], ["murdered", "killed"],
  ["arrested", "detained"], ["detained", "detained"], ["abducted", "detained"],
];

/** Phrases that open a list of named people with one fate: "Among the dead was X, a 19-year-old student". */
export const NAMED_FATE_OPENERS: Array<[string, Fate]> = [
  ["among the dead", "killed"], ["among those killed", "killed"], ["among the victims", "killed"], ["among the killed", "killed"],
  ["among those executed", "executed"], ["among those sentenced to death", "sentenced_to_death"], ["among those arrested", "detained"],
  ["among the detainees", "detained"], ["among the missing", "missing"],
];

/** Titles before a name, not part of it: "Mr Arvin Kessel". */
export const PERSON_TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir"]);

/**
 * Capitalised words that are no part of a person's name: offices, ranks, organisations, forces and
 * groups. A capitalised run holding one ("Mr President", "Security Forces") is not taken as a name.
 */
export const NOT_NAME_WORDS = new Set([
  "president", "minister", "prime", "governor", "mayor", "judge", "prosecutor", "general", "colonel", "commander", "chief", "head",
  "spokesman", "spokesperson", "spokeswoman", "king", "queen", "prince", "leader", "supreme", "ayatollah", "sheikh", "imam", "pope", "officer",
  "police", "army", "forces", "force", "guard", "guards", "corps", "militia", "security", "military", "government", "regime", "state",
  "court", "tribunal", "judiciary", "parliament", "assembly", "prison", "jail", "hospital", "university", "school", "province", "city",
  "group", "organisation", "organization", "network", "international", "watch", "amnesty", "news", "press", "rights", "human", "united",
  "nations", "red", "cross", "crescent", "ngo", "monitor", "observatory", "association", "union", "party", "front", "movement", "foundation",
  "institute", "centre", "center", "commission", "ministry", "agency", "office", "mission", "committee", "service", "department", "society",
  "authority", "council", "directorate", "republic", "islamic", "revolutionary", "people", "the", "a", "an", "he", "she", "they", "it", "we",
  "i", "his", "her", "their", "one", "two", "three", "many", "some", "several", "others", "protesters", "protester", "civilians", "children",
  "women", "men", "residents", "students", "workers",
]);

/**
 * The prefilter that keeps extraction fast: a line or sentence is read only when it holds a number
 * and one of these cues of the metrics, found anywhere in a word unless `\b` marks a word's start or
 * end ("#" is any digit; see cue-scanner.ts). Every cue phrase of this lexicon must pass it (en.test.ts checks).
 */
export const CLAIM_CUES: string[] = [
  "kill", "dead", "death", "die\\b", "dies\\b", "died\\b", "dying", "fatal", "martyr", "toll", "lives",
  "life\\b", "slain", "murder", "perish", "body", "bodies", "corpse", "massacr", "drown", "buried", "injur",
  "wound", "hurt", "hospitali", "treat", "maim", "detain", "detention", "arrest", "custody", "jail",
  "imprison", "rounded up", "prisoner", "apprehend", "captur", "held", "holding", "execut", "hang",
  "missing", "unaccounted", "disappear", "displac", "fled", "flee", "homeless", "homes", "shelter", "tents",
  "evacu", "uproot", "refugee", "victim", "figure", "tally", "count", "\\blist\\b", "\\bnumber\\b", "abduct",
  "kidnap", "hostage", "seiz", "captive", "lynch", "behead", "gunned", "taken", "searching", "camps",
  "relief", "accounted", "stood at", "record", "(#", "living", "staying", "crossed", "arrival", "influx",
  "liquidat", "homicid", "hospital", "burns", "trapped", "villages", "forced to leave", "behind bars",
  "not been found", "not yet been found", "sentenc", "\\bsearch", "looking for", "\\brounded\\b",
];
export const NUMBER_PREFILTER = /[0-9\u06f0-\u06f9\u0660-\u0669]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|zero|hundreds?|thousands?|millions?|billions?|lakhs?|crores?|bin|milyon|dozens?|scores)\b/i;

// Sentence patterns: the English words of the pipeline's cheap tests, kept with the rest of the lexicon.

/** A sentence that is a part of the count before it: "Of those, …", "Among them are …". */
export const PART_OPENER = /^(?:of|among) (?:those|them|these|whom|the dead|the victims|the [\d,]+ (?:dead|victims|people|deaths)\b)\b|^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?) (?:were|are) (?!\w+ed\b)/i;

/** "… of them …" anywhere in a line: a line that may hold a part of a count stated before. */
export const PART_ANYWHERE = /\b(?:of|among) (?:those|them|these)\b/i;

/** "Six of them were minors": a part of the last count, said by who they are (not what befell them). */
export const PART_DESCRIBED = /\bof (?:them|those|these) (?:were|are|was|is) (?!\w+ed\b)|\bof (?:them|those|these) from\b/i;

/** A line that may open with a date: a day number, a month or a weekday. */
export const TIMELINE_START = /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** "Between 28 April and 31 May, …": a cheap test before tokenizing. */
export const FRONTED_PERIOD = /^(?:between|from|up to|until|through)\b/i;

/** A sentence that may say whose figures a document reports: "figures are those of …", "as published by …". */
export const SOURCE_NOTE = /\bfigures\b.*\b(?:are|come) (?:those of|from)\b|\bfigures\b.*\bpublished by\b/i;

/** A sentence that may state the period a report covers. */
export const PERIOD_NOTE = /\b(?:covers|covered|covering|examines|examined|spans|reporting period|epi week|epidemiological week|reporting week)\b/i;

/** A sentence in which a source issues or says something. */
export const SOURCE_SENTENCE = /\b(?:issued|issues|gave|gives|released|releases|published|publishes|announced|announces|updated|updates|said|says|told|tells)\b/i;

/** What the source issues is its figures, toll or statement: the sentence's day is theirs. */
export const FIGURE_NOUNS = /\b(?:figures|toll|tally|count|statement|update|bulletin|briefing|numbers)\b/i;

/** A sentence announcing the statement that follows it: "X gave the following update", "issued the following statement". */
export const FOLLOWING_STATEMENT = /\bthe following (?:update|statement|figures|briefing|information)\b/i;

/** A sentence that opens on its day: "On 22 June, …", "Late on Monday, …". */
export const FRONTED_DAY = /^(?:(?:late|early) )?on (?:\d|[A-Z])/i;

/** "Amnesty International Nigeria - press release", "PRESS RELEASE - Temblores ONG, Bogotá", "Press release, MSF". */
export const RELEASE_LINE = /^(.*?)\s*[-—:,]\s*(?:press|news|media) (?:release|statement)\s*$|^(?:press|news|media) (?:release|statement)\s*[-—:,]\s*(.*)$/i;
