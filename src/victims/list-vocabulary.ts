// The words lists use, as data: header names for each field, and the values of sex and fate in the
// languages Tally reads (English, Persian, Arabic). Keys are compared lower-cased and trimmed.
import type { Fate, Sex } from "../domain/victim.js";

export const LIST_FIELDS = ["record_id", "given_name", "surname", "full_name", "sex", "age", "place", "date", "fate"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** Header names read as each field without a --map. */
export const HEADER_ALIASES: Record<string, ListField> = {
  record_id: "record_id",
  id: "record_id",
  given_name: "given_name",
  first_name: "given_name",
  given: "given_name",
  surname: "surname",
  last_name: "surname",
  family_name: "surname",
  full_name: "full_name",
  name: "full_name",
  sex: "sex",
  gender: "sex",
  age: "age",
  place: "place",
  location: "place",
  date_of_death: "date",
  date: "date",
  fate: "fate",
  status: "fate",
};

/** Words lists use for "not known": the field is read as missing, not as a bad row. */
export const UNKNOWN_WORDS: readonly string[] = ["unknown", "n/a", "na", "?", "-", "نامعلوم", "نامشخص", "مجهول", "غير معروف"];

export const SEX_WORDS: Record<string, Sex> = {
  m: "male",
  male: "male",
  man: "male",
  f: "female",
  female: "female",
  woman: "female",
  "مرد": "male",
  "مذکر": "male",
  "ذکر": "male",
  "زن": "female",
  "مونث": "female",
  "مؤنث": "female",
  "أنثى": "female",
  "انثى": "female",
};

export const FATE_WORDS: Record<string, Fate> = {
  killed: "killed",
  dead: "killed",
  died: "killed",
  executed: "executed",
  execution: "executed",
  detained: "detained",
  arrested: "detained",
  "sentenced to death": "sentenced_to_death",
  sentenced_to_death: "sentenced_to_death",
  "death sentence": "sentenced_to_death",
  missing: "missing",
  disappeared: "missing",
  "کشته": "killed",
  "کشته شده": "killed",
  "جان باخته": "killed",
  "جانباخته": "killed",
  "اعدام": "executed",
  "اعدام شده": "executed",
  "بازداشت": "detained",
  "بازداشت شده": "detained",
  "حکم اعدام": "sentenced_to_death",
  "محکوم به اعدام": "sentenced_to_death",
  "مفقود": "missing",
  "ناپدید": "missing",
  "ناپدید شده": "missing",
  "قتل": "killed",
  "قتيل": "killed",
  "أعدم": "executed",
  "إعدام": "executed",
  "معتقل": "detained",
  "محكوم بالإعدام": "sentenced_to_death",
  "مفقود الأثر": "missing",
};
