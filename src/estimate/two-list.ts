// Two-list capture–recapture: Lincoln–Petersen and Chapman's nearly unbiased variant, each with
// a Wald 95 % interval (Seber 1982, §3.1.1), the forms the reference computes.
import type { CaptureTable } from "./capture-table.js";

export const Z_95 = 1.959963984540054;

export interface TwoListEstimate {
  N: number;
  se: number;
  ci95: [number, number];
}

export interface TwoListCounts {
  first: number;
  second: number;
  both: number;
}

/** List sizes and overlap of lists i and j, ignoring any other list in the table. */
export function pairCounts(table: CaptureTable, i: number, j: number): TwoListCounts {
  let first = 0;
  let second = 0;
  let both = 0;
  table.counts.forEach((count, mask) => {
    const onFirst = (mask & (1 << i)) !== 0;
    const onSecond = (mask & (1 << j)) !== 0;
    if (onFirst) first += count;
    if (onSecond) second += count;
    if (onFirst && onSecond) both += count;
  });
  return { first, second, both };
}

function wald(N: number, variance: number): TwoListEstimate {
  const se = Math.sqrt(variance);
  return { N, se, ci95: [N - Z_95 * se, N + Z_95 * se] };
}

/** N = n₁n₂/m; null without overlap. */
export function lincolnPetersen({ first, second, both }: TwoListCounts): TwoListEstimate | null {
  if (both === 0) return null;
  return wald((first * second) / both, (first * second * (first - both) * (second - both)) / both ** 3);
}

/** N = (n₁+1)(n₂+1)/(m+1) − 1, defined even without overlap (though then meaningless). */
export function chapman({ first, second, both }: TwoListCounts): TwoListEstimate {
  const N = ((first + 1) * (second + 1)) / (both + 1) - 1;
  return wald(N, ((first + 1) * (second + 1) * (first - both) * (second - both)) / ((both + 1) ** 2 * (both + 2)));
}
