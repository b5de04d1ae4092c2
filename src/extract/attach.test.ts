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

describe("counts that are not claims", () => {
  it.each([
    ["More than 3,400 people were killed or injured in the blasts."],
    ["The shelling killed or wounded at least 70 civilians, officials said."],
    ["Bandits have kidnapped 23 travellers for ransom on the highway this year."],
    ["Gunmen seized 30 passengers from a bus and demanded a ransom."],
    ["At least 90 people were abducted in March, most of them for ransom, a monitor said."],
    ["Clinics treated 610 children for measles last week."],
    ["Some 2,200 people were treated for acute watery diarrhoea in the camps."],
    ["Aid groups have set up four cholera treatment centres in the district."],
    ["Partners delivered tents to 35 evacuation centres."],
    ["Surgeons removed dozens of rubber pellets from the eyes of protesters."],
    ["About 1,500 people died or went missing in the Mediterranean that year."],
    ["On Friday the ministry said that more than 2,000 detainees had been released overnight."],
    ["The authorities released hundreds of people detained in the crackdown."],
    ["More than 1,700 hostages were rescued during the siege, the army said."],
    ["Response: WFP has distributed ready-to-eat food to 35,000 people in displacement sites."],
    ["Rioters burnt 205 police stations and other facilities during the unrest."],
    ["The panel listed 48 casualties in all."],
    ["Some 2,200 people were receiving treatment for cholera in the camps."],
  ])("%s", (text) => {
    expect(found(text)).toBe("");
  });

  it.each([
    ["Doctors treated 180 people for gunshot wounds overnight.", "injured:180"],
    ["Hospitals treated 950 people for injuries after the quake.", "injured:950"],
    ["Some 40 injured people were treated for infections at the clinic.", "injured:40"],
    ["Police detained 14 suspects on Monday over the ransom kidnapping of two engineers.", "detained:14"],
    ["Soldiers abducted 15 activists from their homes.", "detained:15"],
    ["Police rescued 12 people from their homes.", ""],
    ["Troops killed 12 militants and wounded 30 others.", "killed:12 injured:30"],
    ["Of the 80 dead, 30 were killed in Homs. Nine of them were children.", "killed:80 killed:30 killed:9"],
  ])("%s", (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

describe("the displaced, the missing and the injured by what the text says of them", () => {
  it.each([
    ["Some 8,400 people are still living in 112 relief camps.", "displaced:8400"],
    ["About 2,100 people spent last night in tent camps set up by the department.", "displaced:2100"],
    ["Local leaders said at least 40 people remained buried under the mud.", "missing:40"],
    ["The government estimated that more than 29,000 children under five had died.", "killed:29000"],
    ["The panel said 25 people had been shot and wounded.", "injured:25"],
    ["There are 34 people still receiving treatment in the city hospital for their injuries.", "injured:34"],
    ["The court said on Monday that 89 people were still listed as missing.", "missing:89"],
    ["The Federation said 220,000 people were sheltering in monasteries and schools.", "displaced:220000"],
    ["About 1,200 people were still sleeping in temporary shelters and hotels on Sunday night.", "displaced:1200"],
    ["About 2,600 people had taken shelter in 40 schools.", "displaced:2600"],
    ["More than 30,000 refugees have crossed into Chad since April.", "displaced:30000"],
    ["The clashes forced about 9,000 people to leave their homes.", "displaced:9000"],
    ["Nine people are believed to be buried under the rubble.", "missing:9"],
    ["The clinic received 85 people with injuries overnight.", "injured:85"],
    ["At least 14 activists have gone missing.", "missing:14"],
  ])("%s", (text, expected) => {
    expect(found(text)).toBe(expected);
  });

  it("does not read people living in a place as displaced", () => {
    expect(found("Some 400 people living in the valley were killed.")).toBe("killed:400");
  });
});

describe("changes and orders are not counts", () => {
  it.each([
    ["The ministry cut the death toll from the blasts by more than 90 on Tuesday.", ""],
    ["Officials revised the number of dead down by 12.", ""],
    ["A court ordered the arrest of 31 people over the collapse.", ""],
    ["Prosecutors issued arrest warrants for 14 officers.", ""],
    ["Seven villagers were killed by two gunmen on motorbikes.", "killed:7"],
  ])("%s", (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

describe("joined subjects and what follows them", () => {
  it.each([
    ["Nine police officers and border guard members have been killed.", "killed:9:security_forces"],
    ["Officials reported 12 members of the armed forces killed and 40 wounded.", "killed:12:security_forces injured:40:security_forces"],
    ['Witnesses said scores of fighters were "eliminated" by drones.', ""],
    ['The army said dozens of gunmen were "neutralised" and 14 "terrorists" had been killed.', "killed:14:other"],
    ["The war displaced about a million people.", "displaced:1000000:all"],
  ])("%s", (text, expected) => {
    const claims = extractDocument(text, { published: "2025-05-20" }).claims;
    expect(claims.map((c) => `${c.metric}:${c.min ?? c.max}:${c.population}`).join(" ")).toBe(expected);
  });
});

describe("the parts of a breakdown after its whole", () => {
  it.each([
    ["The storm killed 300 people and injured 900. Of the dead, 120 were in Lamu.", "killed:300 injured:900 killed:120"],
    ["Rescuers found 88 bodies. Of the 88 victims, 50 were women. Nine were under 12.", "killed:88 killed:50 killed:9"],
    ["Kilifi accounted for 40 of the deaths, Kwale for six and Lamu for three.", "killed:40 killed:6 killed:3"],
    ["Police said 93 civilians were killed. Of the 93 dead, 12 were children, the agency said.", "killed:93 killed:12"],
    ["Medics treated 65 people for eye injuries. Of the 45 victims, 39 were killed by gunfire.", "injured:65 killed:39"],
  ])("%s", (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

describe("repeats", () => {
  it("keeps the same number about another crisis as a claim of its own", () => {
    const claims = extractDocument(
      "The floods killed 3 people in Kisumu this week. In the 2019 floods, officials documented 3 deaths in the county.",
      { published: "2025-05-20" },
    ).claims;
    expect(claims.map((c) => `${c.metric}:${c.min}:${c.mainEvent}`)).toEqual(["killed:3:true", "killed:3:false"]);
  });

  it("reads a quoted figure of lives lost", () => {
    expect(found('He spoke of "more than 4,000" lives lost in the epidemic.')).toBe("killed:4000");
  });
});

describe("subjects and predicates at a distance", () => {
  it.each([
    ["Officials said tens of thousands of Sudanese and Chadian soldiers were believed to have died.", "killed:20000"],
    ["The ministry said 310 people, protesters and members of the security forces, had been killed.", "killed:310"],
    ["The agency said 41 people from the valley were still unaccounted for.", "missing:41"],
    ["The quake killed 900 people. The toll could rise further, and officials warned that it could climb as high as 1,400.", "killed:900 killed:1400"],
  ])("%s", (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});

describe("who is affected, in need or vulnerable is not counted; lists and joined subjects are", () => {
  it.each([
    ["About 275,000 people were affected and 114,000 are in need of assistance.", ""],
    ["Some 3,200 pregnant women are among the most vulnerable.", ""],
    ["Rebels attacked 14 police stations overnight.", ""],
    ["The floods affected 1.2 million people and killed 40.", "killed:40"],
    ["At least 2,300 families, or about 14,000 people, fled.", "displaced:14000"],
    ["Six people were killed, four in Homs and two in Hama.", "killed:6 killed:4 killed:2"],
    ["Gunmen killed two people at a guesthouse and three police officers at a checkpoint.", "killed:2 killed:3"],
  ])("%s", (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
