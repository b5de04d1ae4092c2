// Reading a list file into rows of header → text, each with the line it starts on: CSV and TSV
// (quoted fields may hold separators, quotes and line breaks) or JSON (an array of objects, or an
// object holding one). The format is told by the file's extension, else guessed from its first character.

export interface ListRow {
  /** 1-based line of the file where the row starts (for JSON: the position in the array, from 1). */
  line: number;
  values: Record<string, string>;
}

export type ListFormat = "csv" | "tsv" | "json";

export class ListFileError extends Error {}

export function listFormat(fileName: string, text: string): ListFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "tsv" || extension === "tab") return "tsv";
  if (extension === "csv") return "csv";
  const start = text.replace(/^\ufeff/, "").trimStart();
  if (start.startsWith("[") || start.startsWith("{")) return "json";
  const firstLine = start.split("\n", 1)[0] ?? "";
  return firstLine.includes("\t") && !firstLine.includes(",") ? "tsv" : "csv";
}

/** Splits delimited text into records of fields, keeping the line each record starts on. */
function delimitedRecords(text: string, separator: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === separator) {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = "";
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) throw new ListFileError(`a quoted field opened on line ${recordLine} is never closed`);
  if (field.length > 0 || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records.filter((record) => record.fields.some((value) => value.trim().length > 0));
}

function delimitedRows(text: string, separator: string): ListRow[] {
  const [header, ...records] = delimitedRecords(text, separator);
  if (!header) throw new ListFileError("the file is empty: expected a header row and records");
  const names = header.fields.map((name) => name.trim());
  const duplicate = names.find((name, index) => name !== "" && names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new ListFileError(`the header names column '${duplicate}' twice`);
  return records.map(({ line, fields }) => {
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      if (name !== "") values[name] = fields[index] ?? "";
    });
    return { line, values };
  });
}

function jsonRows(text: string): ListRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ListFileError(`not valid JSON: ${(error as Error).message}`);
  }
  const array = Array.isArray(parsed) ? parsed : parsed && typeof parsed === "object" ? Object.values(parsed).find(Array.isArray) : undefined;
  if (!array) throw new ListFileError("expected a JSON array of records (or an object holding one)");
  return array.map((item: unknown, index) => {
    const values: Record<string, string> = {};
    if (item && typeof item === "object" && !Array.isArray(item)) {
      for (const [key, value] of Object.entries(item)) {
        if (value === null || value === undefined) continue;
        values[key] = typeof value === "object" ? JSON.stringify(value) : String(value);
      }
    }
    return { line: index + 1, values };
  });
}

export function readListRows(fileName: string, text: string): ListRow[] {
  const body = text.replace(/^\ufeff/, "");
  const format = listFormat(fileName, body);
  if (format === "json") return jsonRows(body);
  if (format === "tsv") return delimitedRows(body, "\t");
  // Spreadsheets in many locales save "CSV" with semicolons: the header row tells which.
  const header = body.split("\n", 1)[0] ?? "";
  return delimitedRows(body, header.includes(";") && !header.includes(",") ? ";" : ",");
}
