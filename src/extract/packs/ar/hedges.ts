// Arabic words that bound or hedge a figure: before it ("أكثر من ألف") or after it ("٣٠ على الأقل").
import type { HedgeWords } from "../bounds.js";

export const arabicHedgeWords: HedgeWords = {
  before: {
    "على الأقل": "at_least", "ما لا يقل عن": "at_least", "لا يقل عن": "at_least",
    "أكثر من": "more_than", "تجاوز": "more_than", "تتجاوز": "more_than", "تقترب من": "approx", "يقترب من": "approx", "اقتربت من": "approx", "اقترب من": "approx", "تجاوزت": "more_than", "يتجاوز": "more_than", "تخطى": "more_than", "تخطت": "more_than", "فاق": "more_than", "يفوق": "more_than", "ما يزيد عن": "more_than", "ما يزيد على": "more_than", "يزيد عن": "more_than", "أزيد من": "more_than", "ما يربو على": "more_than",
    "نحو": "approx", "حوالي": "approx", "حوالى": "approx", "قرابة": "approx", "زهاء": "approx", "ما يقارب": "approx", "ما يقرب من": "approx", "تقريبا": "approx",
    // "12 قتيلا ونحو 2800 جريح": a hedge with "و" written onto it, opening the second of joined counts.
    "ونحو": "approx", "وحوالي": "approx", "وقرابة": "approx", "وزهاء": "approx", "وما يقارب": "approx", "وأكثر من": "more_than", "وما لا يقل عن": "at_least", "وأقل من": "up_to",
    "أقل من": "up_to", "لا يتجاوز": "up_to", "لا تتجاوز": "up_to", "لا يزيد عن": "up_to", "لا يزيد على": "up_to", "ما لا يزيد عن": "up_to", "ما لا يزيد على": "up_to", "ما يصل إلى": "up_to", "قد يصل إلى": "up_to", "قد تصل إلى": "up_to", "قد يصل عدد": "up_to",
  },
  after: { "على الأقل": "at_least", "تقريبا": "approx" },
  // Not "من X إلى Y": that is a count rising from one figure to another, not a range.
  ranges: [{ opening: "بين", joiners: ["و"], closing: null }],
};
