// CSV per RFC 4180 (CRLF lines, quoted fields where needed, quotes doubled), with spreadsheet
// formula injection neutralised: a text cell starting with = + - @ tab or CR gets a leading apostrophe.
export type Cell = string | number | boolean | null;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Numbers come from the store's integer columns and are written as numbers; only text is guarded,
 * so evidence such as "-12 dead…" is written "'-12 dead…" (the JSON export keeps the text untouched).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = typeof cell === "string" ? neutraliseFormula(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

export function toCsv(rows: Cell[][]): string {
  return rows.map(csvLine).join("");
}
