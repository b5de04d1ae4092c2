// Reading a capture table from CSV text: one 0/1 column per list (named in the header) and a
// `count` column, one row per observed pattern. Every problem is reported with its line and column.
import type { CaptureTable } from "./capture-table.js";

/**
 * The most lists a table may have: every fit has 2^t cells and the stepwise search fits dozens
 * of models per step, so beyond eight an estimate takes minutes (and overlaps are too sparse).
 */
export const MAX_LISTS = 8;

export interface CsvProblem {
  line: number;
  column?: string;
  message: string;
}

export type CaptureTableRead = { table: CaptureTable; problems: [] } | { table: null; problems: CsvProblem[] };

function splitCells(line: string): string[] {
  return line.split(",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1").trim());
}

/** Reads the table; every bad line is reported (not only the first), and then no table is returned. */
export function readCaptureTableCsv(text: string): CaptureTableRead {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.trim() !== "");
  if (headerIndex < 0) return { table: null, problems: [{ line: 1, message: "the file is empty; expected a header naming the lists and a 'count' column" }] };
  const header = splitCells(lines[headerIndex]!);
  const headerLine = headerIndex + 1;
  const problems: CsvProblem[] = [];
  const countColumn = header.findIndex((name) => name.toLowerCase() === "count");
  if (countColumn < 0) problems.push({ line: headerLine, message: `no 'count' column in the header (${header.join(", ")})` });
  const listColumns = header.map((_, i) => i).filter((i) => i !== countColumn);
  const lists = listColumns.map((i) => header[i]!);
  const seenNames = new Set<string>();
  for (const name of lists) {
    if (name === "") problems.push({ line: headerLine, message: "a list column has no name" });
    else if (seenNames.has(name)) problems.push({ line: headerLine, column: name, message: "the list is named twice in the header" });
    seenNames.add(name);
  }
  if (lists.length > MAX_LISTS) problems.push({ line: headerLine, message: `${lists.length} lists; at most ${MAX_LISTS} can be estimated from` });
  if (problems.length) return { table: null, problems };

  const counts = new Array<number>(1 << lists.length).fill(0);
  const firstLineOf = new Map<number, number>();
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.trim() === "") continue;
    const line = index + 1;
    const cells = splitCells(raw);
    if (cells.length !== header.length) {
      problems.push({ line, message: `${cells.length} columns, the header has ${header.length}` });
      continue;
    }
    let mask = 0;
    let rowOk = true;
    listColumns.forEach((column, list) => {
      const cell = cells[column]!;
      if (cell === "1") mask |= 1 << list;
      else if (cell !== "0") {
        problems.push({ line, column: header[column]!, message: `expected 0 or 1, got '${cell.slice(0, 20)}'` });
        rowOk = false;
      }
    });
    const countCell = cells[countColumn]!;
    const count = /^\d+$/.test(countCell) ? Number(countCell) : Number.NaN;
    if (!Number.isSafeInteger(count)) {
      problems.push({ line, column: "count", message: `expected a whole number of people, got '${countCell.slice(0, 20)}'` });
      rowOk = false;
    }
    if (!rowOk) continue;
    if (mask === 0) {
      if (count > 0) problems.push({ line, message: "the all-zero pattern (on no list) cannot be observed; it is what is estimated" });
      continue;
    }
    const earlier = firstLineOf.get(mask);
    if (earlier !== undefined) {
      problems.push({ line, message: `the same pattern as line ${earlier}; each pattern appears once` });
      continue;
    }
    firstLineOf.set(mask, line);
    counts[mask] = count;
  }
  if (problems.length) return { table: null, problems };
  if (firstLineOf.size === 0) return { table: null, problems: [{ line: headerLine, message: "no rows of counts after the header" }] };
  return { table: { lists, counts }, problems: [] };
}

/** "line 4, column 'ABA': expected 0 or 1, got '2'". */
export function describeCsvProblem(problem: CsvProblem): string {
  return `line ${problem.line}${problem.column ? `, column '${problem.column}'` : ""}: ${problem.message}`;
}
