// A list file's text read into victim records: the rows that read go in, each bad row is reported
// with its line and what was wrong, so one typo never keeps a list of thousands out.
import type { NewVictimRecord } from "../domain/victim.js";
import { readListRows } from "./list-file.js";
import { fieldsOfHeaders, readListRow } from "./list-row.js";
import type { ListField } from "./list-vocabulary.js";

export interface RowProblem {
  line: number;
  problems: string[];
}

export interface ReadList {
  records: NewVictimRecord[];
  rejected: RowProblem[];
  /** Record ids given on more than one row: the last row stands. */
  repeatedIds: string[];
}

/** Throws ListFileError when the file as a whole cannot be read (bad JSON, an unclosed quote). */
export function readList(fileName: string, text: string, list: string, map: Record<string, ListField>): ReadList {
  const rows = readListRows(fileName, text);
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
  const fields = fieldsOfHeaders(headers, map);
  const records: NewVictimRecord[] = [];
  const rejected: RowProblem[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of rows) {
    const read = readListRow(row, fields, list, fileName);
    if (Array.isArray(read)) {
      rejected.push({ line: row.line, problems: read });
      continue;
    }
    if (seen.has(read.recordId)) repeated.add(read.recordId);
    seen.add(read.recordId);
    records.push(read);
  }
  return { records, rejected, repeatedIds: [...repeated] };
}
