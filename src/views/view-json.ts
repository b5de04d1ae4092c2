// A report view as JSON text and back, unchanged: a spread over a verified floor of 0 is an
// infinite ratio, which JSON has no number for, so non-finite numbers travel as tagged strings.
const NON_FINITE = "\u0000number:";

export function viewToJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `${NON_FINITE}${v}` : v));
}

export function viewFromJson<T>(json: string): T {
  // The tag cannot occur in a report's own strings: extracted text never holds a NUL.
  if (!json.includes("\\u0000number:")) return JSON.parse(json) as T;
  return JSON.parse(json, (_key, v: unknown) => (typeof v === "string" && v.startsWith(NON_FINITE) ? Number(v.slice(NON_FINITE.length)) : v)) as T;
}
