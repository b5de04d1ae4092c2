// One row of a list file read as a victim record: its columns mapped to fields (the list's own
// header names, the usual aliases, or --map), values checked, unmapped columns kept private.
import { latinDigits } from "../domain/digits.js";
import type { NewVictimRecord } from "../domain/victim.js";
import { readListDate } from "./list-date.js";
import type { ListRow } from "./list-file.js";
import { FATE_WORDS, HEADER_ALIASES, LIST_FIELDS, SEX_WORDS, UNKNOWN_WORDS, type ListField } from "./list-vocabulary.js";
import { scriptOf } from "./script.js";

const MAX_AGE = 130;

/** Header → field for a file's headers: --map first, then the aliases; the others are private columns. */
export function fieldsOfHeaders(headers: string[], map: Record<string, ListField>): Map<string, ListField> {
  const fields = new Map<string, ListField>();
  for (const header of headers) {
    const field = map[header] ?? HEADER_ALIASES[header.trim().toLowerCase().replace(/[\s-]+/g, "_")];
    if (field) fields.set(header, field);
  }
  return fields;
}

/** Reads "HEADER=field" flags; an Error names the flag that is wrong. */
export function readFieldMap(flags: string[]): Record<string, ListField> | Error {
  const map: Record<string, ListField> = {};
  for (const flag of flags) {
    const at = flag.lastIndexOf("=");
    const header = flag.slice(0, at).trim();
    const field = flag.slice(at + 1).trim();
    if (at <= 0 || !header) return new Error(`--map '${flag}': expected HEADER=FIELD`);
    const known = field === "date_of_death" ? "date" : field;
    if (!(LIST_FIELDS as readonly string[]).includes(known)) return new Error(`--map '${flag}': '${field}' is not one of ${LIST_FIELDS.join(", ")}`);
    map[header] = known as ListField;
  }
  return map;
}

const clean = (value: string | undefined): string | null => {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
};

function lookup<T>(words: Record<string, T>, value: string): T | undefined {
  return words[value.toLowerCase()] ?? words[value.toLowerCase().replace(/[_-]/g, " ")];
}

/** The record a row states, or the problems that keep it out (each naming the column). */
export function readListRow(row: ListRow, fields: Map<string, ListField>, list: string, file: string): NewVictimRecord | string[] {
  const value: Partial<Record<ListField, string>> = {};
  const privateFields: Record<string, string> = {};
  for (const [header, text] of Object.entries(row.values)) {
    const field = fields.get(header);
    const cleaned = clean(text);
    if (field) {
      if (cleaned !== null && !UNKNOWN_WORDS.includes(cleaned.toLowerCase())) value[field] = cleaned;
    } else if (cleaned !== null) privateFields[header] = cleaned;
  }
  const problems: string[] = [];
  const hasIdColumn = [...fields.values()].includes("record_id");
  const recordId = value.record_id !== undefined ? latinDigits(value.record_id) : hasIdColumn ? null : `line-${row.line}`;
  if (recordId === null) problems.push("record_id is empty");
  const givenName = value.given_name ?? null;
  const surname = value.surname ?? null;
  const fullName = value.full_name ?? null;
  if (!givenName && !surname && !fullName) problems.push("no name (given_name, surname or full_name)");
  let age: number | null = null;
  if (value.age !== undefined) {
    const digits = /^(\d{1,3})(?:\s+\D.*)?$/.exec(latinDigits(value.age));
    age = digits ? Number(digits[1]) : null;
    if (age === null || age > MAX_AGE) problems.push(`age '${value.age}' is not a number of years from 0 to ${MAX_AGE}`);
  }
  let date: string | null = null;
  if (value.date !== undefined) {
    const read = readListDate(value.date);
    if (read instanceof Error) problems.push(`date: ${read.message}`);
    else date = read;
  }
  const sex = value.sex !== undefined ? lookup(SEX_WORDS, value.sex) : null;
  if (sex === undefined) problems.push(`sex '${value.sex}' is not one of female, male (or f, m)`);
  const fate = value.fate !== undefined ? lookup(FATE_WORDS, value.fate) : null;
  if (fate === undefined) problems.push(`fate '${value.fate}' is not one of killed, executed, detained, sentenced to death, missing`);
  if (problems.length > 0) return problems;
  return {
    list,
    recordId: recordId!,
    givenName,
    surname,
    fullName,
    script: scriptOf([givenName, surname, fullName].filter(Boolean).join(" ")),
    sex: sex ?? null,
    age,
    fate: fate ?? null,
    date,
    place: value.place ?? null,
    evidence: { kind: "row", file, line: row.line },
    privateFields,
  };
}
