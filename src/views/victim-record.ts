// A named victim's record as HTML: its name as the list writes it and what the list states, shared
// by the registry page and the link review queue. Never shows a list's private fields (it is given
// the public record, which has none).
import type { VictimEvidence, VictimFields } from "../domain/victim.js";
import { html, type SafeHtml } from "./html.js";

export interface ShownRecord extends VictimFields {
  list: string;
  recordId: string;
  evidence: VictimEvidence;
}

/** The name as the list writes it: its full name, else given name and surname. */
export function recordName(record: Pick<VictimFields, "fullName" | "givenName" | "surname">): string {
  return record.fullName ?? ([record.givenName, record.surname].filter(Boolean).join(" ") || "(no name)");
}

export function evidenceText(evidence: VictimEvidence): string {
  return evidence.kind === "row" ? `${evidence.file}, line ${evidence.line}` : `document ${evidence.documentId}: “${evidence.sentence}”`;
}

/** Persian and Arabic names read right to left: the browser is told which way each name runs. */
function nameDirection(record: ShownRecord): "rtl" | "ltr" {
  return record.script === "latin" ? "ltr" : "rtl";
}

export function victimRecordCard(record: ShownRecord): SafeHtml {
  const details = [record.sex, record.age === null ? null : `age ${record.age}`, record.date, record.place, record.fate?.replace(/_/g, " ")].filter(Boolean).join(" · ");
  return html`<div class="victim-record" data-record="${record.list}/${record.recordId}">
    <span class="record-key">${record.list}/${record.recordId}</span>
    <strong class="victim-name" dir="${nameDirection(record)}">${recordName(record)}</strong>
    <span class="record-details">${details || "no details"}</span></div>`;
}

const FIELDS: Array<[string, (record: ShownRecord) => string | number | null]> = [
  ["Name", recordName],
  ["Given name", (r) => r.givenName],
  ["Surname", (r) => r.surname],
  ["Script", (r) => r.script],
  ["Sex", (r) => r.sex],
  ["Age", (r) => r.age],
  ["Date", (r) => r.date],
  ["Place", (r) => r.place],
  ["Fate", (r) => r.fate?.replace(/_/g, " ") ?? null],
  ["Evidence", (r) => evidenceText(r.evidence)],
];

/** Two records field by field, the fields that differ marked, for a reviewer deciding whether they are one person. */
export function recordsSideBySide(keys: [string, string], records: [ShownRecord | null, ShownRecord | null]): SafeHtml {
  const [a, b] = records;
  const cell = (record: ShownRecord | null, value: string | number | null, name: boolean) =>
    record === null ? html`<td class="missing">not in its list any more</td>` : html`<td ${name ? html`dir="${nameDirection(record)}"` : ""}>${value ?? html`<span class="none">—</span>`}</td>`;
  return html`<table class="side-by-side"><thead><tr><th></th><th>${keys[0]}</th><th>${keys[1]}</th></tr></thead><tbody>
    ${FIELDS.map(([label, pick]) => {
      const [va, vb] = [a ? pick(a) : null, b ? pick(b) : null];
      const differs = a !== null && b !== null && va !== null && vb !== null && va !== vb;
      return html`<tr class="${differs ? "differs" : ""}"><th scope="row">${label}</th>${cell(a, va, label === "Name")}${cell(b, vb, label === "Name")}</tr>`;
    })}
  </tbody></table>`;
}
