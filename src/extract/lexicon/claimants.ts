// Gazetteer of well-known claimants: canonical name, kind, and the names reports use for them.
// Matching is case-sensitive for short acronyms (so "who" is not the WHO) and case-blind otherwise.
import type { ClaimantKind } from "../../domain/claim.js";

export interface ClaimantEntry {
  name: string;
  kind: ClaimantKind;
  aliases: string[];
}

export const CLAIMANT_GAZETTEER: ClaimantEntry[] = [
  // Human-rights monitors
  { name: "HRANA", kind: "ngo", aliases: ["Human Rights Activists News Agency", "Human Rights Activists in Iran", "HRA"] },
  { name: "Iran Human Rights", kind: "ngo", aliases: ["IHR", "IHRNGO", "Iran Human Rights Organization"] },
  { name: "Hengaw", kind: "ngo", aliases: ["Hengaw Organisation for Human Rights", "Hengaw Organization for Human Rights"] },
  { name: "Kurdistan Human Rights Network", kind: "ngo", aliases: ["KHRN"] },
  { name: "Justice for Iran", kind: "ngo", aliases: [] },
  { name: "Amnesty International", kind: "ngo", aliases: ["Amnesty"] },
  { name: "Human Rights Watch", kind: "ngo", aliases: ["HRW"] },
  { name: "International Federation for Human Rights", kind: "ngo", aliases: ["FIDH"] },
  { name: "Together Against the Death Penalty", kind: "ngo", aliases: ["ECPM"] },
  { name: "Syrian Observatory for Human Rights", kind: "ngo", aliases: ["SOHR", "Syrian Observatory"] },
  { name: "Syrian Network for Human Rights", kind: "ngo", aliases: ["SNHR"] },
  { name: "ACLED", kind: "ngo", aliases: ["Armed Conflict Location and Event Data Project", "Armed Conflict Location & Event Data"] },
  { name: "Airwars", kind: "ngo", aliases: [] },
  { name: "B'Tselem", kind: "ngo", aliases: ["B’Tselem"] },
  { name: "Committee to Protect Journalists", kind: "ngo", aliases: ["CPJ"] },
  { name: "Reporters Without Borders", kind: "ngo", aliases: ["Reporters Sans Frontières"] },
  { name: "White Helmets", kind: "ngo", aliases: ["Syria Civil Defence", "Syrian Civil Defence", "Syria Civil Defense", "Syrian Civil Defense"] },
  { name: "Doctors Without Borders", kind: "ngo", aliases: ["Médecins Sans Frontières", "Medecins Sans Frontieres", "MSF"] },
  { name: "Assistance Association for Political Prisoners", kind: "ngo", aliases: ["AAPP"] },
  { name: "Iraq Body Count", kind: "ngo", aliases: ["IBC"] },
  { name: "Save the Children", kind: "ngo", aliases: [] },
  { name: "Oxfam", kind: "ngo", aliases: [] },
  { name: "Foro Penal", kind: "ngo", aliases: [] },
  { name: "Sudan Doctors Network", kind: "ngo", aliases: [] },
  { name: "Central Committee of Sudan Doctors", kind: "ngo", aliases: [] },
  // Red Cross and Red Crescent
  { name: "IFRC", kind: "ngo", aliases: ["International Federation of Red Cross and Red Crescent Societies", "International Federation of the Red Cross", "Red Cross and Red Crescent federation"] },
  { name: "International Committee of the Red Cross", kind: "ngo", aliases: ["ICRC", "Red Cross"] },
  { name: "Red Crescent", kind: "ngo", aliases: ["Iranian Red Crescent", "Palestinian Red Crescent", "Turkish Red Crescent", "Sudanese Red Crescent", "Libyan Red Crescent", "Red Crescent Society"] },
  // Intergovernmental bodies
  { name: "United Nations", kind: "intergovernmental", aliases: ["UN", "U.N.", "the United Nations"] },
  { name: "OHCHR", kind: "intergovernmental", aliases: ["UN's human rights office", "UN's rights office", "UN human rights office", "UN Human Rights Office", "Office of the High Commissioner for Human Rights", "UN High Commissioner for Human Rights", "UN rights office"] },
  { name: "OCHA", kind: "intergovernmental", aliases: ["UN OCHA", "UN's humanitarian office", "UN's humanitarian agency", "UN humanitarian agency", "UN humanitarian office", "UN Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs"] },
  { name: "UNHCR", kind: "intergovernmental", aliases: ["UN's refugee agency", "UN refugee agency", "UN Refugee Agency", "UN High Commissioner for Refugees"] },
  { name: "UNICEF", kind: "intergovernmental", aliases: ["UN children's agency", "UN Children's Fund"] },
  { name: "UNRWA", kind: "intergovernmental", aliases: ["UN agency for Palestinian refugees"] },
  { name: "World Health Organization", kind: "intergovernmental", aliases: ["WHO", "World Health Organisation"] },
  { name: "International Organization for Migration", kind: "intergovernmental", aliases: ["IOM", "International Organisation for Migration", "Displacement Tracking Matrix", "DTM", "UN migration agency", "UN's migration agency"] },
  { name: "UNDP", kind: "intergovernmental", aliases: ["UN Development Programme", "United Nations Development Programme", "UN Development Program"] },
  { name: "World Food Programme", kind: "intergovernmental", aliases: ["WFP", "World Food Program"] },
  { name: "UN Human Rights Monitoring Mission in Ukraine", kind: "intergovernmental", aliases: ["HRMMU", "UN monitoring mission"] },
  { name: "UN Fact-Finding Mission", kind: "intergovernmental", aliases: ["UN Fact Finding Mission", "Fact-Finding Mission"] },
  { name: "European Union", kind: "intergovernmental", aliases: ["EU"] },
  { name: "African Union", kind: "intergovernmental", aliases: ["AU"] },
  // Governments and their agencies
  { name: "Gaza Health Ministry", kind: "government", aliases: ["Gaza's Health Ministry", "Gaza Ministry of Health", "Health Ministry in Gaza", "Ministry of Health in Gaza", "Gaza's health ministry", "Hamas-run health ministry"] },
  { name: "Israel Defense Forces", kind: "government", aliases: ["IDF", "Israeli military", "Israeli army"] },
  { name: "AFAD", kind: "government", aliases: ["Disaster and Emergency Management Authority", "Turkey's disaster agency", "Turkish disaster agency"] },
  { name: "USGS", kind: "government", aliases: ["US Geological Survey", "U.S. Geological Survey", "United States Geological Survey"] },
  { name: "FEMA", kind: "government", aliases: ["Federal Emergency Management Agency"] },
  { name: "NDMA", kind: "government", aliases: ["National Disaster Management Authority"] },
  { name: "NDRRMC", kind: "government", aliases: ["National Disaster Risk Reduction and Management Council"] },
  { name: "BNPB", kind: "government", aliases: ["National Disaster Mitigation Agency", "Indonesia's disaster agency"] },
  { name: "Sudanese Armed Forces", kind: "government", aliases: ["SAF", "Sudanese army", "Sudan's army", "Sudanese military", "Sudan's military"] },
  { name: "Rapid Support Forces", kind: "other", aliases: ["RSF"] },
  { name: "Institute for the Study of War", kind: "other", aliases: ["ISW"] },
  { name: "Iranian Intelligence Ministry", kind: "government", aliases: ["Intelligence Ministry"] },
  // Media and outlets that also publish their own counts
  { name: "Iran International", kind: "opposition", aliases: ["Iran International TV"] },
  { name: "IRNA", kind: "media", aliases: ["Islamic Republic News Agency"] },
  { name: "Tasnim", kind: "media", aliases: ["Tasnim News Agency"] },
  { name: "Fars", kind: "media", aliases: ["Fars News Agency"] },
  { name: "Associated Press", kind: "media", aliases: ["AP", "The Associated Press"] },
  { name: "Reuters", kind: "media", aliases: [] },
  { name: "AFP", kind: "media", aliases: ["Agence France-Presse", "Agence France Presse"] },
  { name: "BBC", kind: "media", aliases: ["BBC Persian", "BBC News"] },
  { name: "CNN", kind: "media", aliases: [] },
  { name: "CBS News", kind: "media", aliases: ["CBS"] },
  { name: "Al Jazeera", kind: "media", aliases: [] },
  { name: "Axios", kind: "media", aliases: ["AXIOS"] },
  { name: "Anadolu", kind: "media", aliases: ["Anadolu Agency", "Anadolu news agency"] },
  { name: "Mizan", kind: "media", aliases: ["Mizan news agency", "Mizan Online"] },
];
