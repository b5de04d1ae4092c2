// A capture table: how many people appear on exactly each combination of lists. The unknown
// all-zero cell (people on no list) is what multiple systems estimation estimates.

/**
 * `counts[mask]` is the number of people on exactly the lists whose bits are set in `mask`
 * (bit i = `lists[i]`); `counts[0]` is always 0, the unobserved cell.
 */
export interface CaptureTable {
  lists: string[];
  counts: number[];
}

/** The pattern of a cell as written in capture tables: "101" = on the first and third lists. */
export function patternOf(mask: number, listCount: number): string {
  let pattern = "";
  for (let i = 0; i < listCount; i++) pattern += mask & (1 << i) ? "1" : "0";
  return pattern;
}

/** The cell of a pattern string, or null when it is not a string of 0/1 of the right length. */
export function maskOf(pattern: string, listCount: number): number | null {
  if (pattern.length !== listCount || !/^[01]+$/.test(pattern)) return null;
  let mask = 0;
  for (let i = 0; i < listCount; i++) if (pattern[i] === "1") mask |= 1 << i;
  return mask;
}

/** A table from `{ "101": 12, … }` keyed by pattern strings in `lists` order; absent cells are 0. */
export function tableFromPatterns(lists: string[], byPattern: Record<string, number>): CaptureTable {
  const counts = new Array<number>(1 << lists.length).fill(0);
  for (const [pattern, count] of Object.entries(byPattern)) {
    const mask = maskOf(pattern, lists.length);
    if (mask === null || mask === 0) throw new Error(`pattern '${pattern}' is not an observed cell of ${lists.length} lists`);
    counts[mask] = count;
  }
  return { lists, counts };
}

/** People on at least one list. */
export function observedTotal(table: CaptureTable): number {
  return table.counts.reduce((sum, count) => sum + count, 0);
}

/** People on list i (whatever else they are on). */
export function listSize(table: CaptureTable, list: number): number {
  return table.counts.reduce((sum, count, mask) => (mask & (1 << list) ? sum + count : sum), 0);
}

/** People on two or more lists: the overlap every estimate rests on. */
export function overlapTotal(table: CaptureTable): number {
  return table.counts.reduce((sum, count, mask) => (mask & (mask - 1) ? sum + count : sum), 0);
}
