// How Turkish text is folded for matching: lower case by Turkish rules, where I is the capital of ı
// and İ the capital of i ("YARALI" is "yaralı", "İKİ" is "iki"), without changing any offset.
import type { CharFold } from "../matching-text.js";

export const foldTurkish: CharFold = (unit) => {
  if (unit === "I") return "ı";
  if (unit === "İ") return "i";
  // The combining dot that a Unicode-default lower-casing of İ leaves behind ("i̇ki").
  if (unit === "\u0307" || unit === "\u00ad") return "";
  if (unit === "\u2019" || unit === "\u2018") return "'";
  if (unit === "\u00a0" || unit === "\u202f") return " ";
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
};
