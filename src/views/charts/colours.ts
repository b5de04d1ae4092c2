// Which colour each claimant's lines get: chosen from the claimant's key, so a source keeps its colour
// in every chart of an event, on every page and in the static report.
import { PALETTE } from "./timeline.js";

/** FNV-1a: a small, stable hash of the key (the same in every process and on every machine). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The palette index a claimant key asks for before any collision. */
export function preferredColour(key: string): number {
  return hash(key) % PALETTE.length;
}

export interface ColouredClaimant {
  key: string;
  /** How much of the chart is the claimant's (its points): the larger keep their colour on a collision. */
  weight: number;
}

/**
 * A colour per claimant key. Each takes the colour its key asks for; when two ask for the same one,
 * the one with more points keeps it (ties by key) and the other takes the next free colour, so the
 * answer depends only on the set of claimants, never on the order charts or series come in.
 * Past the palette's twelve colours, colours repeat (in preference order).
 */
export function assignColours(claimants: ColouredClaimant[]): Map<string, string> {
  const weights = new Map<string, number>();
  for (const c of claimants) weights.set(c.key, (weights.get(c.key) ?? 0) + c.weight);
  const order = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([key]) => key);
  const taken = new Set<number>();
  const colours = new Map<string, string>();
  for (const key of order) {
    if (taken.size === PALETTE.length) taken.clear();
    let index = preferredColour(key);
    while (taken.has(index)) index = (index + 1) % PALETTE.length;
    taken.add(index);
    colours.set(key, PALETTE[index]!);
  }
  return colours;
}
