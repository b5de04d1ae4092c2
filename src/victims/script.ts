// Which script a name is written in: Latin, or Arabic script read as Persian when it holds a letter
// only Persian uses (پ چ ژ گ ک ی) and as Arabic otherwise.
import type { Script } from "../domain/victim.js";

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const PERSIAN_ONLY = /[پچژگکی\u200c]/;

export function scriptOf(text: string): Script {
  if (!ARABIC_SCRIPT.test(text)) return "latin";
  return PERSIAN_ONLY.test(text) ? "persian" : "arabic";
}
