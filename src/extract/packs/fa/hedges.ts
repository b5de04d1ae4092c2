// Persian words that bound or hedge a figure; they stand before it ("دست‌کم ۳۰ نفر").
import type { HedgeWords } from "../bounds.js";

export const persianHedgeWords: HedgeWords = {
  before: {
    "دست‌کم": "at_least", "دست کم": "at_least", "حداقل": "at_least", "دست‌کم به": "at_least", "دست کم به": "at_least", "حداقل به": "at_least",
    "بیش از": "more_than", "به بیش از": "more_than", "بیشتر از": "more_than", "افزون بر": "more_than", "متجاوز از": "more_than",
    "حدود": "approx", "در حدود": "approx", "حدودا": "approx", "نزدیک به": "approx", "قریب به": "approx", "تقریبا": "approx",
    "حداکثر": "up_to", "کمتر از": "up_to",
  },
  after: {},
  ranges: [
    { opening: "بین", joiners: ["تا", "و"], closing: null },
    { opening: null, joiners: ["تا"], closing: null },
  ],
};
